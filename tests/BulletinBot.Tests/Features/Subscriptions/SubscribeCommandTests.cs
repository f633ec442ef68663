using BulletinBot.Tests.Features.Events;
using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Features.Subscriptions;

public sealed class SubscribeCommandTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const long Carol = 503;
    private const long Group = -900;

    [Fact]
    public async Task Subscription_survives_a_restart_of_the_bot()
    {
        await using var bot = await BotUnderTest.StartAsync();
        Assert.Contains("Đã đăng ký", (await bot.SayAsync(Alice, "/subscribe")).Text);

        await bot.RestartAsync();

        Assert.Contains("đã đăng ký từ trước", (await bot.SayAsync(Alice, "/subscribe")).Text);
    }

    [Fact]
    public async Task Unsubscribe_twice_says_what_changed_each_time()
    {
        await using var bot = await BotUnderTest.StartAsync();
        await bot.SayAsync(Alice, "/subscribe");

        Assert.Contains("Đã hủy đăng ký", (await bot.SayAsync(Alice, "/unsubscribe")).Text);
        Assert.Contains("chưa đăng ký", (await bot.SayAsync(Alice, "/unsubscribe")).Text);
    }

    [Fact]
    public async Task A_former_province_name_a_region_and_a_topic_each_get_only_what_concerns_them()
    {
        await using var bot = await BotUnderTest.StartAsync();
        Assert.Contains("Tuyên Quang", (await bot.SayAsync(Alice, "/subscribe ha giang")).Text);
        Assert.Contains("miền Trung", (await bot.SayAsync(Bob, "/subscribe mien trung")).Text);
        Assert.Contains("quyền trẻ em", (await bot.SayAsync(Carol, "/subscribe chủ đề quyền trẻ em")).Text);

        await bot.PublishAsync(await bot.PostAsync("Tập huấn tại Tuyên Quang", EventScenario.FutureDay(), "Hội trường tỉnh Tuyên Quang"));
        await bot.PublishAsync(await bot.PostAsync("Hội thảo ở Huế", EventScenario.FutureDay(), "Thành phố Huế"));
        await bot.PublishAsync(await bot.PostAsync("Tập huấn về quyen tre em", EventScenario.FutureDay(), "Cần Thơ"));

        await bot.Api.WaitForMessagesAsync(m => m.Text.Contains("📣", StringComparison.Ordinal), count: 3);
        await Task.Delay(400);
        var notices = bot.Api.SentMessages.Where(m => m.Text.Contains("📣", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Tuyên Quang"], Titles(notices, Alice));
        Assert.Equal(["Huế"], Titles(notices, Bob));
        Assert.Equal(["quyen tre em"], Titles(notices, Carol));
    }

    [Fact]
    public async Task An_unknown_province_offers_the_nearest_names_as_buttons()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Alice, "/subscribe Ha Gian");
        Assert.Contains("Có phải", reply.Text);
        Assert.Contains("Hà Giang", BotConversation.ButtonLabels(reply.ReplyMarkup));

        bot.Press(reply, "Hà Giang");
        var chosen = await bot.EditOfAsync(Alice, reply.MessageId);
        Assert.Contains("Đã thêm bộ lọc", chosen.Text);
    }

    [Fact]
    public async Task A_very_long_filter_is_answered_in_one_short_message()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Alice, "/subscribe " + new string('x', 100_000));

        await Task.Delay(300);
        Assert.Single(bot.Api.SentMessages, m => m.ChatId == Alice);
        Assert.True(reply.Text.Length < 400, reply.Text);
    }

    [Fact]
    public async Task Direction_overrides_in_a_filter_are_not_echoed()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var reply = await bot.SayAsync(Alice, "/subscribe abc\u202Eqwe\u0007");

        Assert.DoesNotContain('\u202E', reply.Text);
        Assert.DoesNotContain('\u0007', reply.Text);
    }

    [Fact]
    public async Task In_a_group_a_member_is_refused_and_the_owner_subscribes_the_group()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Api.SetGroupMember(Group, Alice, "creator");

        var refused = await bot.SayAsync(Group, "/subscribe", userId: Bob);
        var accepted = await bot.SayAsync(Group, "/subscribe", userId: Alice);

        Assert.Contains("Chỉ quản trị viên của nhóm", refused.Text);
        Assert.Contains("Đã đăng ký", accepted.Text);
    }

    [Fact]
    public async Task An_anonymous_group_administrator_counts_as_one()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var seen = bot.Api.SentMessages.Count(m => m.ChatId == Group);

        var chat = $"{{\"id\":{Group},\"type\":\"supergroup\",\"title\":\"Phòng\"}}";
        bot.Api.EnqueueRaw("""{"message":{"message_id":7,"date":1767225600,"text":"/subscribe","entities":[{"type":"bot_command","offset":0,"length":10}],"from":{"id":1087968824,"is_bot":true,"first_name":"Group","username":"GroupAnonymousBot"},"sender_chat":"""
            + chat + ""","chat":""" + chat + "}}");

        Assert.Contains("Đã đăng ký", (await bot.NextMessageAsync(Group, seen)).Text);
    }

    private static readonly string[] EventTitles = ["Tuyên Quang", "Huế", "quyen tre em"];

    private static string[] Titles(IEnumerable<global::BulletinBot.FakeBotApi.SentMessage> notices, long chat) =>
        [.. notices.Where(n => n.ChatId == chat).Select(n => EventTitles.First(t => n.Text.Contains(t, StringComparison.Ordinal)))];
}
