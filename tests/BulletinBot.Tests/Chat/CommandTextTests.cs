using BulletinBot.Chat;

namespace BulletinBot.Tests.Chat;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("/start", "start", null, "")]
    [InlineData("/Subscribe Hà Giang", "subscribe", null, "Hà Giang")]
    [InlineData("/subscribe@bulletin_bot  Hà Giang, Huế ", "subscribe", "bulletin_bot", "Hà Giang, Huế")]
    [InlineData("  /help@BulletinBot", "help", "BulletinBot", "")]
    [InlineData("/remind 42\n1 ngày", "remind", null, "42\n1 ngày")]
    public void Command_name_mention_and_arguments_are_read(string text, string name, string? mention, string args)
    {
        var command = CommandText.TryParse(text);

        Assert.NotNull(command);
        Assert.Equal(new CommandText(name, mention, args), command);
    }

    [Theory]
    [InlineData("xin chào")]
    [InlineData("/")]
    [InlineData("/ start")]
    [InlineData("/đăngký")]
    [InlineData("a /start")]
    public void Text_that_is_not_a_command_is_not_read_as_one(string text)
    {
        Assert.Null(CommandText.TryParse(text));
    }
}
