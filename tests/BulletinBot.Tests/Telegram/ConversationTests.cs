using BulletinBot.Tests.Infrastructure;

namespace BulletinBot.Tests.Telegram;

/// <summary>What a person sees in Telegram, through the real host, the real client and a fake Bot API.</summary>
public sealed class ConversationTests
{
    private const long Alice = 501;

    [Fact]
    public async Task Start_greets_in_Vietnamese_and_names_commands_to_try()
    {
        await using var bot = await BotUnderTest.StartAsync();

        bot.Api.EnqueueMessage(Alice, Alice, "/start");

        var reply = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        Assert.Contains("Xin chào", reply.Text);
        Assert.Contains("/subscribe", reply.Text);
        Assert.Contains("/help", reply.Text);
        Assert.Equal("Html", reply.ParseMode, ignoreCase: true);
    }

    [Fact]
    public async Task Command_addressed_with_bot_name_in_a_group_is_answered()
    {
        await using var bot = await BotUnderTest.StartAsync();

        bot.Api.EnqueueMessage(-700, Alice, "/help@bulletin_test_bot", chatType: "group");

        var reply = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == -700)).Single();
        Assert.Contains("/unsubscribe", reply.Text);
    }

    [Fact]
    public async Task Unknown_command_is_answered_with_a_pointer_to_help()
    {
        await using var bot = await BotUnderTest.StartAsync();

        bot.Api.EnqueueMessage(Alice, Alice, "/subscirbe");

        var reply = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        Assert.Contains("/subscirbe", reply.Text);
        Assert.Contains("/help", reply.Text);
    }

    [Fact]
    public async Task Stray_text_in_a_private_chat_gets_a_helpful_reply()
    {
        await using var bot = await BotUnderTest.StartAsync();

        bot.Api.EnqueueMessage(Alice, Alice, "cho tôi hỏi lịch hội nghị");

        var reply = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        Assert.Contains("/subscribe", reply.Text);
    }

    [Fact]
    public async Task User_text_comes_back_escaped_for_html()
    {
        await using var bot = await BotUnderTest.StartAsync();

        bot.Api.EnqueueMessage(Alice, Alice, "/subscribe <b>&\"'");

        var reply = (await bot.Api.WaitForMessagesAsync(m => m.ChatId == Alice)).Single();
        Assert.Contains("&lt;b&gt;&amp;&quot;'", reply.Text);
        Assert.DoesNotContain("<b>&", reply.Text);
    }

    [Fact]
    public async Task Command_menu_is_registered_in_Vietnamese_and_English()
    {
        await using var bot = await BotUnderTest.StartAsync();

        await bot.Api.WaitForCallAsync("setMyCommands", c => c.Body.TryGetProperty("language_code", out var code) && code.GetString() == "en");

        var menus = bot.Api.Calls.Where(c => c.Method == "setMyCommands").Select(c => c.Body.GetRawText()).ToList();
        Assert.Contains(menus, m => m.Contains("subscribe", StringComparison.Ordinal) && !m.Contains("language_code", StringComparison.Ordinal));
    }
}
