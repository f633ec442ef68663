using System.Globalization;
using BulletinBot.Delivery;
using Microsoft.Extensions.Hosting;

namespace BulletinBot.Chat.Local;

/// <summary>
/// Reads what the person types in the terminal and feeds it to the same pipeline Telegram uses; at the end of input
/// it waits for the outbox to empty, then stops the bot.
/// </summary>
public sealed class ConsoleChatService(
    ChatPipeline pipeline,
    LocalScreen screen,
    TextReader input,
    Outbox outbox,
    TimeProvider time,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(15);
    private int presses;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        screen.Say("BulletinBot --local: bạn đang chat với bot với quyền quản trị. Gõ /start hoặc /help; Ctrl+D để thoát.");
        screen.Say("BulletinBot --local: you are chatting with the bot as an admin. Type /start or /help; Ctrl+D to quit.");
        screen.Say("");
        while (await input.ReadLineAsync(stoppingToken) is { } line)
        {
            if (ToRequest(line.Trim()) is { } request)
            {
                await pipeline.HandleAsync(request, updateId: null, stoppingToken);

                // Like a person reading the answer before typing again; it also keeps piped input in step.
                await DrainAsync(stoppingToken);
            }
        }

        lifetime.StopApplication();
    }

    private ChatRequest? ToRequest(string line)
    {
        if (line.Length == 0)
        {
            return null;
        }

        if (line.StartsWith('#') && int.TryParse(line.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (screen.Button(number) is not { } pressed)
            {
                screen.Say("(no such button on the last message)");
                return null;
            }

            var pressId = Interlocked.Increment(ref presses).ToString(CultureInfo.InvariantCulture);
            return ChatRequest.Button(LocalChat.ChatId, ChatKind.Private, LocalChat.UserId, pressed.Button.Data, pressId, pressed.MessageId);
        }

        return ChatRequest.Message(LocalChat.ChatId, ChatKind.Private, LocalChat.UserId, line);
    }

    private async Task DrainAsync(CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + DrainLimit;
        while (await outbox.CountUnsentAsync(ct) > 0 && time.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct);
        }
    }
}
