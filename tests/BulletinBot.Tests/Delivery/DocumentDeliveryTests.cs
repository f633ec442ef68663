using System.Text;
using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.FakeBotApi;
using BulletinBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BulletinBot.Tests.Delivery;

public sealed class DocumentDeliveryTests
{
    private const long Alice = 501;

    [Fact]
    public async Task A_document_goes_through_the_outbox_with_its_caption_and_buttons_and_its_bytes_intact()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Alice, "/start");
        var content = Encoding.UTF8.GetBytes("Mã,Tiêu đề\r\n1,Hội nghị Đà Nẵng\r\n");

        await QueueAsync(bot, "danh-sach.csv", content, Html.Format($"📊 <b>Danh sách</b> {"A & B"}"), [[new ReplyButton("Mở", "see:1")]]);
        var sent = (await bot.Api.WaitForDocumentsAsync(d => d.ChatId == Alice)).Single();

        Assert.Equal(("danh-sach.csv", "📊 <b>Danh sách</b> A &amp; B", "Html"), (sent.FileName, sent.Caption, sent.ParseMode));
        Assert.Equal(content, sent.Content);
        Assert.Equal(["Mở"], BotConversation.ButtonLabels(sent.ReplyMarkup));
    }

    [Fact]
    public async Task A_document_refused_by_a_server_error_is_sent_again_once_and_its_content_is_dropped_after()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Alice, "/start");
        bot.Api.FailNext("sendDocument", FakeFailure.ServerError(502), chatId: Alice, times: 2);
        var content = new byte[300_000];
        Random.Shared.NextBytes(content);

        await QueueAsync(bot, "lon.bin", content, Html.Empty, []);
        var sent = (await bot.Api.WaitForDocumentsAsync(d => d.ChatId == Alice)).Single();
        await bot.WaitForDatabaseAsync("SELECT count(*) = 0 FROM delivery_documents");
        await Task.Delay(300);

        Assert.Equal(content, sent.Content);
        Assert.Null(sent.Caption);
        Assert.Single(bot.Api.SentDocuments);
        Assert.Equal(3, bot.Api.Count("sendDocument"));
    }

    private static Task QueueAsync(BotUnderTest bot, string name, byte[] content, Html caption, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        bot.Services.GetRequiredService<Outbox>().ReplyAsync(
            new OutgoingMessage(Alice, caption, buttons, Document: new OutgoingDocument(name, new MemoryStream(content))), CancellationToken.None);
}
