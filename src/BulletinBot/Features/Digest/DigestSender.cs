using BulletinBot.Chat;
using BulletinBot.Delivery;
using BulletinBot.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BulletinBot.Features.Digest;

/// <summary>
/// Queues weekly digests in the outbox, one broadcast per chat under the key `digest:&lt;chat&gt;:&lt;ISO week&gt;`: a slot's
/// scheduled run, or every subscriber at once for /digest now. The key makes whichever comes second send nothing, and a
/// chat with nothing to read gets nothing.
/// </summary>
public sealed partial class DigestSender(
    DigestComposer composer,
    DigestStore store,
    Outbox outbox,
    IOptions<DigestOptions> options,
    TimeProvider time,
    ILogger<DigestSender> logger)
{
    public const string BroadcastKind = "digest";

    private const int Batch = 500;

    /// <summary>The scheduled run of one slot, due at <paramref name="due"/>; skipped and recorded when it comes too late.</summary>
    public async Task<DigestRun> SendSlotAsync(string slot, DateTimeOffset due, CancellationToken ct)
    {
        var week = DigestWeek.Of(due, composer.Zone);
        if (MisfirePolicy.BeyondGrace(due, time.GetUtcNow(), options.Value.MisfireGrace) is { } late)
        {
            await store.RecordRunAsync(slot, week, "skipped", "late:" + (long)late.TotalMinutes, 0, due, ct);
            LogSkipped(logger, slot, week, late);
            return new DigestRun(week, 0, 0, 0);
        }

        var digests = await composer.ForSubscribersAsync(due, ct);
        var members = DigestSlot.Parse(slot) is { } own
            ? (await store.ChatsInAsync(own, ct)).Where(digests.ContainsKey)
            : digests.Keys.Except(await store.ChatsThatChoseAsync(ct));
        var run = await QueueAsync([.. members], digests, week, ct);
        await store.RecordRunAsync(slot, week, "sent", null, run.Queued, due, ct);
        LogSent(logger, slot, week, run.Queued, run.SentBefore);
        return run;
    }

    /// <summary>This week's digest to every chat that has something to read and has not turned digests off.</summary>
    public async Task<DigestRun> SendNowAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var week = DigestWeek.Of(now, composer.Zone);
        var digests = await composer.ForSubscribersAsync(now, ct);
        var off = await store.ChatsOffAsync(ct);
        return await QueueAsync([.. digests.Keys.Where(c => !off.Contains(c))], digests, week, ct);
    }

    public Task<BroadcastTally> ProgressAsync(string week, CancellationToken ct) => outbox.TallyAsync(DigestWeek.KeysOf(week), ct);

    private async Task<DigestRun> QueueAsync(IReadOnlyList<long> chats, IReadOnlyDictionary<long, ChatDigest> digests, string week, CancellationToken ct)
    {
        var texts = new Dictionary<string, (Html Vi, Html En)>(StringComparer.Ordinal);
        var queued = 0;
        var before = 0;
        foreach (var batch in chats.Order().Chunk(Batch))
        {
            var broadcasts = batch.Select(chat =>
            {
                var digest = digests[chat];
                if (!texts.TryGetValue(digest.Signature, out var text))
                {
                    texts[digest.Signature] = text = (DigestText.Compose(digest, week, Language.Vi), DigestText.Compose(digest, week, Language.En));
                }

                return new OneChatBroadcast(chat, new Broadcast(DigestWeek.Key(chat, week), BroadcastKind, text.Vi, EnglishText: text.En));
            }).ToList();
            var newlyQueued = (await outbox.TransactionAsync((tx, token) => tx.BroadcastEachAsync(broadcasts, token), ct)).Count;
            var sentBefore = batch.Length - newlyQueued;
            queued += newlyQueued;
            before += sentBefore;
        }

        return new DigestRun(week, queued, before, digests.Count - chats.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Slot} of {Week}: {Queued} queued, {SentBefore} had it already")]
    private static partial void LogSent(ILogger logger, string slot, string week, int queued, int sentBefore);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {Slot} of {Week} skipped: {Late} late, beyond the grace period")]
    private static partial void LogSkipped(ILogger logger, string slot, string week, TimeSpan late);
}
