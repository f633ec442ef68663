using BulletinBot.Tests.Infrastructure;
using BulletinBot.Tests.Links;
using static BulletinBot.Tests.Features.Events.EventScenario;

namespace BulletinBot.Tests.Features.Events;

public sealed class LinkArticleReaderTests
{
    private static readonly Dictionary<string, string?> IntranetAllowed = new() { ["BulletinBot:Articles:AllowPrivateAddresses"] = "true" };

    [Fact]
    public async Task A_link_with_a_line_of_text_becomes_a_preview_with_the_link_as_source()
    {
        await using var pages = await PageServer.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(IntranetAllowed);
        var link = pages.Url("/pages/bao-dien-tu.html");

        var ack = await bot.SayAsync(Poster, $"Bài này đăng giúp mình nhé {link}");
        var card = await bot.NextMessageAsync(Poster, bot.SentTo(Poster) - 1, m => m.Text.Contains("Xem trước", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        Assert.Contains(link.Host, ack.Text);
        Assert.Contains("🔗", card.Text);
        Assert.Contains("150", card.Text);
    }

    [Fact]
    public async Task A_link_to_an_internal_address_is_refused_without_fetching_it()
    {
        await using var pages = await PageServer.StartAsync();
        await using var bot = await BotUnderTest.StartAsync();

        await bot.SayAsync(Poster, pages.Url("/pages/bao-dien-tu.html").ToString());
        var refusal = await bot.NextMessageAsync(Poster, bot.SentTo(Poster) - 1, m => m.Text.Contains("địa chỉ nội bộ", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        Assert.Contains("dán nội dung", refusal.Text);
        Assert.Empty(pages.Requests);
    }

    [Fact]
    public async Task A_missing_page_is_answered_with_the_reason()
    {
        await using var pages = await PageServer.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(IntranetAllowed);

        await bot.SayAsync(Poster, "/post " + pages.Url("/khong-co-bai-nay.html"));
        var reply = await bot.NextMessageAsync(Poster, bot.SentTo(Poster) - 1, m => m.Text.Contains("404", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        Assert.Contains("Kiểm tra lại", reply.Text);
    }
}
