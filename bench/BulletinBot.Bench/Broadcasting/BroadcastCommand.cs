using System.CommandLine;

namespace BulletinBot.Bench.Broadcasting;

public static class BroadcastCommand
{
    public static RootCommand Create()
    {
        var chats = new Option<int>("--chats") { Description = "Private chats the broadcast goes to.", DefaultValueFactory = _ => 10_000 };
        var global = new Option<int>("--global") { Description = "Bot-wide messages a second, kept by the bot and enforced by the fake.", DefaultValueFactory = _ => 30 };
        var perChat = new Option<int>("--per-chat") { Description = "Messages a second to one private chat.", DefaultValueFactory = _ => 1 };
        var noLimits = new Option<bool>("--no-limits") { Description = "No limits on either side: measures the engine itself." };
        var killAt = new Option<int?>("--kill-at") { Description = "Runs the bot as a child process, kills it once this many are sent, and starts it again." };
        var command = new RootCommand("Sends one broadcast through the real bot to a fake Bot API and reports throughput, 429s, duplicates and losses.")
        {
            chats, global, perChat, noLimits, killAt,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var settings = new BroadcastSettings(
                parsed.GetValue(chats), parsed.GetValue(global), parsed.GetValue(perChat), parsed.GetValue(noLimits), parsed.GetValue(killAt));
            var report = await BroadcastBenchmark.RunAsync(settings, ct);
            report.Print(Console.Out);
            return report.MeetsDeliveryGuarantees ? 0 : 1;
        });
        return command;
    }
}
