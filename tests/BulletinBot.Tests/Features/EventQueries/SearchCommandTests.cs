using BulletinBot.Articles;
using BulletinBot.Features.Events;
using BulletinBot.Tests.Features.Events;
using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.EventQueries.EventQueryScenario;

namespace BulletinBot.Tests.Features.EventQueries;

public sealed class SearchCommandTests
{
    private const long Alice = 501;

    [Fact]
    public async Task Accents_capitals_and_đ_do_not_change_what_is_found()
    {
        await using var bot = await StartAsync();
        await bot.AddEventAsync("Hội nghị tập huấn công tác dân vận", 10, "Hội trường UBND tỉnh Hà Giang");
        await bot.AddEventAsync("Lớp bồi dưỡng đại biểu HĐND", 12, "Trung tâm hội nghị Đà Nẵng");

        foreach (var typed in new[] { "ha giang", "HÀ GIANG", "Hà Giang", "hà giang" })
        {
            var found = await bot.SayAsync(Alice, "/search " + typed);
            Assert.Contains("#1", found.Text);
            Assert.DoesNotContain("#2", found.Text);
            Assert.Contains("<b>Hà</b> <b>Giang</b>", found.Text);
        }

        foreach (var typed in new[] { "da nang", "Đà Nẵng", "ĐÀ NẴNG", "dai bieu" })
        {
            var found = await bot.SayAsync(Alice, "/search " + typed);
            Assert.Contains("#2", found.Text);
            Assert.DoesNotContain("#1", found.Text);
        }
    }

    [Fact]
    public async Task The_last_word_is_found_as_it_is_being_typed()
    {
        await using var bot = await StartAsync();
        await bot.AddEventAsync("Hội nghị tập huấn công tác dân vận", 10, "Hội trường UBND tỉnh Hà Giang");

        var found = await bot.SayAsync(Alice, "/search dân vậ");

        Assert.Contains("<b>dân</b> <b>vận</b>", found.Text);
    }

    [Theory]
    [InlineData("hội \"nghị")]
    [InlineData("\"hội nghị\"")]
    [InlineData("(hội nghị)")]
    [InlineData("hội-nghị")]
    [InlineData("hội* nghị*")]
    [InlineData("^hội +nghị")]
    public async Task Query_syntax_typed_by_a_person_is_searched_as_words(string typed)
    {
        await using var bot = await StartAsync();
        await bot.AddEventAsync("Hội nghị tập huấn công tác dân vận", 10);

        var found = await bot.SayAsync(Alice, "/search " + typed);

        Assert.Contains("#1", found.Text);
        Assert.DoesNotContain("lỗi", found.Text);
    }

    [Theory]
    [InlineData("hội nghị OR dân vận")]
    [InlineData("hội NEAR nghị")]
    [InlineData("hội AND nghị")]
    [InlineData("hội NOT nghị")]
    [InlineData("title:hội nghị")]
    public async Task Operators_are_words_every_result_must_contain(string typed)
    {
        await using var bot = await StartAsync();
        await bot.AddEventAsync("Hội nghị tập huấn công tác dân vận", 10);

        var found = await bot.SayAsync(Alice, "/search " + typed);

        Assert.Contains("Không tìm thấy", found.Text);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_match_in_the_summary()
    {
        await using var bot = await StartAsync();
        var inSummary = await bot.AddEventAsync(new EventFields
        {
            Title = "Hội nghị tổng kết công tác năm",
            Date = Today.AddDays(3),
            Summary = "Hội nghị bàn về quyền trẻ em, bình đẳng giới và công tác dân vận ở cơ sở, với hơn 200 đại biểu.",
        });
        var inTitle = await bot.AddEventAsync("Tập huấn quyền trẻ em", 40);

        var found = await bot.SayAsync(Alice, "/search quyền trẻ em");

        Assert.True(found.Text.IndexOf($"#{inTitle}", StringComparison.Ordinal) < found.Text.IndexOf($"#{inSummary}", StringComparison.Ordinal), found.Text);
        Assert.Contains("<b>quyền</b> <b>trẻ</b> <b>em</b>", found.Text);
    }

    [Fact]
    public async Task Topics_people_and_organizers_are_searched_too()
    {
        await using var bot = await StartAsync();
        await bot.AddEventAsync(new EventFields
        {
            Title = "Hội nghị tuyên truyền pháp luật",
            Date = Today.AddDays(5),
            Topics = ["Luật Đất đai năm 2024"],
            People = [new ArticlePerson("Nguyễn Văn Đức", "Phó Chủ tịch UBND tỉnh")],
            Organizers = ["Sở Tư pháp"],
        });

        Assert.Contains("<b>Đất</b> <b>đai</b>", (await bot.SayAsync(Alice, "/search dat dai")).Text);
        Assert.Contains("<b>Đức</b>", (await bot.SayAsync(Alice, "/search van duc")).Text);
        Assert.Contains("<b>Tư</b> <b>pháp</b>", (await bot.SayAsync(Alice, "/search so tu phap")).Text);
    }

    [Fact]
    public async Task The_index_follows_edits_and_cancellations()
    {
        await using var bot = await StartAsync();
        var id = await bot.AddEventAsync("Hội nghị tại Lào Cai", 10);
        Assert.Contains($"#{id}", (await bot.SayAsync(Alice, "/search lao cai")).Text);

        await bot.EditEventAsync(id, f => f with { Title = "Hội nghị tại Yên Bái" });

        Assert.Contains("Không tìm thấy", (await bot.SayAsync(Alice, "/search lao cai")).Text);
        Assert.Contains($"#{id}", (await bot.SayAsync(Alice, "/search yen bai")).Text);

        await bot.CancelEventAsync(id);

        var cancelled = await bot.SayAsync(Alice, "/search yen bai");
        Assert.Contains($"#{id}", cancelled.Text);
        Assert.Contains("đã huỷ", cancelled.Text);
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        await using var bot = await StartAsync();
        await bot.PostAsync("Hội nghị bí mật", "20/12/2030", "Hà Nội");

        Assert.Contains("Không tìm thấy", (await bot.SayAsync(Alice, "/search bi mat")).Text);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search    ")]
    [InlineData("/search \"")]
    [InlineData("/search !!! ??? ... ---")]
    public async Task Nothing_to_search_for_gets_one_short_reply_with_an_example(string text)
    {
        await using var bot = await StartAsync();

        var reply = await bot.SayAsync(Alice, text);
        await Task.Delay(300);

        Assert.Contains("Ví dụ: <code>/search hội nghị Hà Giang</code>", reply.Text);
        Assert.Equal(1, bot.SentTo(Alice));
    }

    [Fact]
    public async Task A_search_of_five_thousand_characters_is_refused_politely()
    {
        await using var bot = await StartAsync();

        var reply = await bot.SayAsync(Alice, "/search " + string.Concat(Enumerable.Repeat("hội nghị ", 560)));

        Assert.Contains("dài quá", reply.Text);
        Assert.Contains("/search hội nghị Hà Giang", reply.Text);
        Assert.True(reply.Text.Length < 300);
    }

    [Fact]
    public async Task Many_results_page_forward_and_back_in_the_same_message()
    {
        await using var bot = await StartAsync();
        for (var day = 1; day <= 12; day++)
        {
            await bot.AddEventAsync($"Hội nghị chuyên đề số {day}", day);
        }

        var first = await bot.SayAsync(Alice, "/search hội nghị");
        Assert.Contains("12 sự kiện · trang 1/2", first.Text);
        Assert.All(ButtonData(first.ReplyMarkup), d => Assert.True(System.Text.Encoding.UTF8.GetByteCount(d) <= 64));

        bot.Press(first, "Trang sau");
        var second = await bot.EditOfAsync(Alice, first.MessageId, e => e.Text.Contains("trang 2/2", StringComparison.Ordinal));
        Assert.Equal(2, second.Text.Split("<b>#", StringSplitOptions.None).Length - 1);

        bot.Press(Alice, first.MessageId, second.ReplyMarkup, "Trang trước");
        await bot.EditOfAsync(Alice, first.MessageId, e => e.Text.Contains("trang 1/2", StringComparison.Ordinal));
    }
}
