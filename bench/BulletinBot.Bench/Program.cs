using BenchmarkDotNet.Running;
using BulletinBot.Bench;
using BulletinBot.Bench.Broadcasting;
using BulletinBot.Bench.Publishing;
using BulletinBot.Bench.Queries;
using BulletinBot.Bench.Hostile;
using BulletinBot.Bench.Scheduling;

return args switch
{
    ["broadcast", .. var rest] => await BroadcastCommand.Create().Parse(rest).InvokeAsync(),
    ["extractor", .. var rest] => RunExtractor(rest),
    ["publish", .. var rest] => await PublishBenchmark.Create().Parse(rest).InvokeAsync(),
    ["queries", .. var rest] => await QueriesCommand.Create().Parse(rest).InvokeAsync(),
    ["hostile", .. var rest] => await HostileCommand.Create().Parse(rest).InvokeAsync(),
    ["reminders", .. var rest] => await SchedulingCommands.Reminders().Parse(rest).InvokeAsync(),
    ["quartz-store", .. var rest] => await SchedulingCommands.Store().Parse(rest).InvokeAsync(),
    _ => Usage(),
};

static int RunExtractor(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(ExtractorBenchmark).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: BulletinBot.Bench broadcast --chats 10000 [--global 30] [--per-chat 1] [--no-limits] [--kill-at 5000]");
    Console.Error.WriteLine("       BulletinBot.Bench extractor [BenchmarkDotNet arguments]");
    Console.Error.WriteLine("       BulletinBot.Bench publish [--chats 10000] [--filtered 2000] [--events 5]");
    Console.Error.WriteLine("       BulletinBot.Bench queries [--events 100000] [--subscribers 10000] [--runs 300]");
    Console.Error.WriteLine("       BulletinBot.Bench hostile fairness|sigterm|lock|revoked-token|stale-presses|group [options]");
    Console.Error.WriteLine("       BulletinBot.Bench reminders [--pending 100000] [--due 10000] [--spread 0]");
    Console.Error.WriteLine("       BulletinBot.Bench quartz-store [--shared] [--writers 4] [--seconds 20]");
    return 2;
}
