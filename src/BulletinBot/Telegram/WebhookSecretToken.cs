using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using BulletinBot.Data;
using Microsoft.Extensions.Options;

namespace BulletinBot.Telegram;

/// <summary>
/// The secret Telegram sends with every webhook request (X-Telegram-Bot-Api-Secret-Token): the configured one, or one
/// generated at the first start and kept in the database, so a restart (or a second replica) answers to the same. It
/// is handed to <see cref="TokenRedactor"/> as soon as it is known, so no log can show it.
/// </summary>
public sealed class WebhookSecretToken(IOptions<TelegramOptions> options, ServiceState state, TokenRedactor redactor) : IDisposable
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private byte[]? secret;
    private string? text;

    /// <summary>The secret to register with setWebhook; loaded or generated once.</summary>
    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (text is { } known)
        {
            return known;
        }

        await loading.WaitAsync(ct);
        try
        {
            if (text is null)
            {
                var value = options.Value.WebhookSecret is { Length: > 0 } configured
                    ? configured
                    : await state.KeepFirstAsync(ServiceState.WebhookSecretToken, Generate(), ct);
                redactor.Hide(value);
                secret = Encoding.UTF8.GetBytes(value);
                text = value;
            }

            return text;
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>Whether a request carried the secret; compared in constant time, so its timing tells nothing.</summary>
    public async Task<bool> MatchesAsync(string? presented, CancellationToken ct)
    {
        await GetAsync(ct);
        return presented is { Length: > 0 } && secret is { } expected
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);
    }

    public void Dispose() => loading.Dispose();

    // 32 random bytes as base64url: 43 characters, all within Telegram's A-Z a-z 0-9 _ - (TECH-NOTES §13).
    private static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
