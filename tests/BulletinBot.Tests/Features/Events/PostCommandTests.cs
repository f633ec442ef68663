using BulletinBot.Tests.Infrastructure;
using static BulletinBot.Tests.Features.Events.EventScenario;

namespace BulletinBot.Tests.Features.Events;

public sealed class PostCommandTests
{
    private const long Alice = 501;
    private const long Bob = 502;

    [Fact]
    public async Task One_line_post_shows_a_preview_and_nothing_reaches_subscribers_before_Dang()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);

        var card = await bot.PostAsync("Hội nghị tập huấn công tác dân tộc", FutureDay() + " 08:30");

        Assert.Contains("Xem trước", card.Text);
        Assert.Contains("Hội nghị tập huấn công tác dân tộc", card.Text);
        Assert.Contains("08:30", card.Text);
        Assert.Contains("Hà Nội", card.Text);
        Assert.Contains(BotConversation.ButtonLabels(card.ReplyMarkup), l => l.Contains("Đăng", StringComparison.Ordinal));
        await Task.Delay(300);
        Assert.Single(bot.Api.SentMessages, m => m.ChatId == Alice);
    }

    [Fact]
    public async Task Dang_sends_the_notice_once_to_every_subscriber_even_when_pressed_twice()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice, Bob);
        var card = await bot.PostAsync("Hội thảo chuyển đổi số", FutureDay(), "Trung tâm Hội nghị tỉnh, TP. Hạ Long");

        bot.Press(card, "Đăng");
        bot.Press(card, "Đăng");

        var notices = await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("📣", StringComparison.Ordinal), count: 2);
        await bot.Api.WaitForCallAsync("answerCallbackQuery", c =>
            c.Body.TryGetProperty("text", out var notice) && (notice.GetString() ?? "").Contains("đã được đăng rồi", StringComparison.Ordinal));
        await Task.Delay(300);
        Assert.Equal([Alice, Bob], bot.Api.SentMessages.Where(m => m.Text.Contains("📣", StringComparison.Ordinal)).Select(m => m.ChatId).Order());
        Assert.Contains("Quảng Ninh", notices[0].Text);
        Assert.Contains("/event 1", notices[0].Text);
        Assert.Equal(0, bot.Api.DuplicateCount);
    }

    [Fact]
    public async Task A_hostile_title_reaches_subscribers_escaped()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var card = await bot.PostAsync("<b>Họp</b> & <script>x</script>", FutureDay());

        await bot.PublishAsync(card);

        var notice = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("📣", StringComparison.Ordinal))).Single();
        Assert.Contains("&lt;b&gt;Họp&lt;/b&gt; &amp; &lt;script&gt;", notice.Text);
        Assert.DoesNotContain("<script>", notice.Text);
    }

    [Fact]
    public async Task A_date_without_a_year_must_be_confirmed_before_Dang()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var card = await bot.PostAsync("Lớp bồi dưỡng nghiệp vụ", "sáng 16/8 8h30");

        var labels = BotConversation.ButtonLabels(card.ReplyMarkup);
        Assert.DoesNotContain(labels, l => l.Contains("Đăng", StringComparison.Ordinal));
        Assert.Contains("chọn năm", card.Text);
        var year = labels.First(l => l.StartsWith("📅", StringComparison.Ordinal));

        bot.Press(card, year);

        var confirmed = await bot.EditOfAsync(Poster, card.MessageId);
        Assert.Contains(BotConversation.ButtonLabels(confirmed.ReplyMarkup), l => l.Contains("Đăng", StringComparison.Ordinal));
        Assert.Contains(year[2..].Trim(), confirmed.Text);
    }

    [Fact]
    public async Task Guided_form_survives_a_restart_and_ends_on_the_preview()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = await bot.SayAsync(Poster, "/post");
        Assert.Contains("Bước 1/4", first.Text);
        Assert.Contains("Bước 2/4", (await bot.SayAsync(Poster, "Tọa đàm bình đẳng giới")).Text);

        await bot.RestartAsync();

        Assert.Contains("Bước 3/4", (await bot.SayAsync(Poster, FutureDay(30) + " 14 giờ")).Text);
        var summaryStep = await bot.SayAsync(Poster, "Nhà văn hóa phường Hải Châu, Đà Nẵng");
        Assert.Contains("Bước 4/4", summaryStep.Text);
        var seen = bot.SentTo(Poster);
        bot.Press(summaryStep, "Bỏ qua");
        var card = await bot.NextMessageAsync(Poster, seen);

        Assert.Contains("Tọa đàm bình đẳng giới", card.Text);
        Assert.Contains("14:00", card.Text);
        Assert.Contains("Đà Nẵng", card.Text);
    }

    [Fact]
    public async Task A_card_survives_a_restart_and_its_Dang_still_works()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SubscribeAsync(Alice);
        var card = await bot.PostAsync("Hội nghị triển khai BHXH", FutureDay());

        await bot.RestartAsync();
        await bot.PublishAsync(card);

        await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice && m.Text.Contains("BHXH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_article_pasted_in_two_parts_is_read_as_one()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var seen = bot.Api.SentMessages.Count(m => m.ChatId == Poster);

        bot.Api.EnqueueMessage(Poster, Poster, ArticleFirstPart);
        bot.Api.EnqueueMessage(Poster, Poster, ArticleSecondPart);

        var ack = await bot.NextMessageAsync(Poster, seen);
        Assert.Contains("Đã nhận bài", ack.Text);
        var card = await bot.NextMessageAsync(Poster, seen + 1, timeout: TimeSpan.FromSeconds(15));
        Assert.Contains("Xem trước", card.Text);
        Assert.Contains("Yên Bái", card.Text);
        Assert.Contains("hơn 150 đại biểu", card.Text);
        Assert.Contains("Chuyên đề (3)", card.Text);
        Assert.Single(bot.Api.SentMessages, m => m.ChatId == Poster && m.Text.Contains("Xem trước", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_txt_file_is_read_as_an_article()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var seen = bot.Api.SentMessages.Count(m => m.ChatId == Poster);

        bot.Api.EnqueueDocument(Poster, Poster, "bai-bao.txt", System.Text.Encoding.UTF8.GetBytes(ArticleFirstPart + "\n" + ArticleSecondPart));

        var card = await bot.NextMessageAsync(Poster, seen);
        Assert.Contains("Xem trước", card.Text);
        Assert.Contains("Yên Bái", card.Text);
    }

    [Fact]
    public async Task Staff_cannot_post_and_are_told_who_can()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Alice, $"/post Họp | {FutureDay()}");

        Assert.Contains("người tổ chức", reply.Text);
        Assert.DoesNotContain("Xem trước", reply.Text);
    }

    [Theory]
    [InlineData("/post Hội nghị", "ngày")]
    [InlineData("/post Hội nghị | mai nhé", "16/08/2026")]
    [InlineData("/post | 16/08/2030", "Thiếu tên")]
    [InlineData("/post a | b | c | d | e", "dấu |")]
    public async Task A_malformed_post_gets_the_reason_and_a_correct_example(string text, string expected)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Poster, text);

        Assert.Contains(expected, reply.Text);
        Assert.Contains("/post Hội nghị tập huấn | 16/08/2026 08:00 | Hội trường A, Hà Nội", reply.Text);
    }

    [Fact]
    public async Task Titles_places_and_pastes_over_the_limits_are_refused_with_the_limit()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var title = await bot.SayAsync(Poster, $"/post {new string('a', 201)} | {FutureDay()}");
        var place = await bot.SayAsync(Poster, $"/post Họp | {FutureDay()} | {new string('b', 301)}");
        var paste = await bot.SayAsync(Poster, "/post " + string.Concat(Enumerable.Repeat("Hội nghị tập huấn. ", 2700)));

        Assert.Contains("tối đa 200", title.Text);
        Assert.Contains("tối đa 300", place.Text);
        Assert.Contains("tối đa 50.000", paste.Text);
    }

    [Fact]
    public async Task Post_in_a_group_points_to_the_private_chat()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(-800, $"/post@bulletin_test_bot Họp | {FutureDay()}", userId: Poster);

        Assert.Contains("tin nhắn riêng", reply.Text);
    }

    private const string ArticleFirstPart = """
        Yên Bái tổ chức hội nghị tập huấn công tác dân tộc năm 2026
        Ngày 12/3/2026, Ban Dân tộc tỉnh Yên Bái phối hợp với Sở Tư pháp tổ chức Hội nghị tập huấn công tác dân tộc năm 2026 tại Hội trường UBND tỉnh Yên Bái.
        Tham dự hội nghị có đồng chí Hoàng Văn Minh, Phó Chủ tịch UBND tỉnh cùng hơn 150 đại biểu là cán bộ làm công tác dân tộc các huyện, thị xã, thành phố.
        """;

    private const string ArticleSecondPart = """
        Tại hội nghị, các đại biểu được nghe giới thiệu 3 chuyên đề: Chính sách dân tộc trong giai đoạn mới; Kỹ năng tuyên truyền, vận động đồng bào dân tộc thiểu số; Công tác nắm bắt tình hình vùng đồng bào dân tộc thiểu số.
        Hội nghị nhằm nâng cao nhận thức, kỹ năng cho đội ngũ cán bộ làm công tác dân tộc ở cơ sở, góp phần thực hiện tốt các chương trình mục tiêu quốc gia trên địa bàn tỉnh.
        """;
}
