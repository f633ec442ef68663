using BulletinBot.Telegram;
using Microsoft.Extensions.Options;

namespace BulletinBot.Tests.Telegram;

public sealed class TokenRedactorTests
{
    [Theory]
    [InlineData("Not Found: POST /bot123456:AAHdqTcvCH1vGWJxfSeof/sendMessage", "Not Found: POST /bot123456:***/sendMessage")]
    [InlineData("GET /bot123456%3AAAHdqTcvCH1vGWJxfSeof/getMe", "GET /bot123456%3A***/getMe")]
    [InlineData("secret AAHdqTcvCH1vGWJxfSeof leaked alone", "secret *** leaked alone")]
    [InlineData("Bad Request: chat not found", "Bad Request: chat not found")]
    public void The_token_in_any_form_is_masked_and_other_text_is_left_alone(string text, string expected)
    {
        var redactor = new TokenRedactor(Options.Create(new TelegramOptions { Token = "123456:AAHdqTcvCH1vGWJxfSeof" }));

        Assert.Equal(expected, redactor.Redact(text));
    }

    [Fact]
    public void A_short_secret_is_masked_after_the_bot_id_but_not_as_a_bare_word()
    {
        var redactor = new TokenRedactor(Options.Create(new TelegramOptions { Token = "123456:TEST" }));

        Assert.Equal("/bot123456:***/getMe failed the TEST", redactor.Redact("/bot123456:TEST/getMe failed the TEST"));
    }
}
