using System.CommandLine;

namespace BulletinBot.Bench.Hostile;

/// <summary>Replays the cases of the hostile test (issue 13) against the real bot and prints the figures it asked for.</summary>
public static class HostileCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Replays a hostile tester's case against the real bot and a fake Bot API that enforces Telegram's limits.");

        var flood = new Option<int>("--flood") { DefaultValueFactory = _ => 150, Description = "Commands from the flooding chat." };
        var newcomers = new Option<int>("--newcomers") { DefaultValueFactory = _ => 20, Description = "Users who then send /help." };
        var fairness = new Command("fairness", "A flood from one chat, then newcomers: how long each waits.") { flood, newcomers };
        fairness.SetAction((p, _) => FairnessCase.RunAsync(p.GetValue(flood), p.GetValue(newcomers), Console.Out));

        var chats = new Option<int>("--chats") { DefaultValueFactory = _ => 300, Description = "Chats of the broadcast." };
        var latency = new Option<double>("--latency") { DefaultValueFactory = _ => 3, Description = "Seconds Telegram takes to answer each send." };
        var sigterm = new Command("sigterm", "SIGTERM mid-broadcast with a slow Telegram, then a restart.") { chats, latency };
        sigterm.SetAction((p, _) => SigtermCase.RunAsync(p.GetValue(chats), TimeSpan.FromSeconds(p.GetValue(latency)), Console.Out));

        var users = new Option<int>("--users") { DefaultValueFactory = _ => 100, Description = "Users who write while the database is locked." };
        var hold = new Option<double>("--hold") { DefaultValueFactory = _ => 100, Description = "Seconds another connection holds the lock." };
        var dbLock = new Command("lock", "A long write lock on the database while users write.") { users, hold };
        dbLock.SetAction((p, _) => LockCase.RunAsync(p.GetValue(users), TimeSpan.FromSeconds(p.GetValue(hold)), Console.Out));

        var recipients = new Option<int>("--chats") { DefaultValueFactory = _ => 50, Description = "Chats of the broadcast waiting when the token is revoked." };
        var watch = new Option<double>("--watch") { DefaultValueFactory = _ => 30, Description = "Seconds every call is answered 401." };
        var revoked = new Command("revoked-token", "Every call answered 401: how many requests the bot makes.") { recipients, watch };
        revoked.SetAction((p, _) => RevokedTokenCase.RunAsync(p.GetValue(recipients), TimeSpan.FromSeconds(p.GetValue(watch)), Console.Out));

        var presses = new Option<int>("--presses") { DefaultValueFactory = _ => 30, Description = "Presses on a card Telegram cannot edit." };
        var stale = new Command("stale-presses", "Presses on a stale card: admin alerts.") { presses };
        stale.SetAction((p, _) => PressesAndGroupsCase.RunStalePressesAsync(p.GetValue(presses), Console.Out));

        var commands = new Option<int>("--commands") { DefaultValueFactory = _ => 6, Description = "Quick commands in one group." };
        var group = new Command("group", "Quick commands in one group: 429s.") { commands };
        group.SetAction((p, _) => PressesAndGroupsCase.RunGroupAsync(p.GetValue(commands), Console.Out));

        root.Subcommands.Add(fairness);
        root.Subcommands.Add(sigterm);
        root.Subcommands.Add(dbLock);
        root.Subcommands.Add(revoked);
        root.Subcommands.Add(stale);
        root.Subcommands.Add(group);
        return root;
    }
}
