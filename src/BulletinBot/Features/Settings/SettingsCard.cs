using BulletinBot.Chat;
using BulletinBot.Features.Digest;
using BulletinBot.Features.Reminders;
using BulletinBot.Features.Subscriptions;

namespace BulletinBot.Features.Settings;

/// <summary>The settings message with its buttons; a button press redraws the same card in place.</summary>
public sealed class SettingsCard(SubscriptionStore subscriptions, EventReminderStore reminders, DigestStore digests, DigestTimes times)
{
    public async Task<Reply> DrawAsync(long chatId, Language language, bool replacesPressed, string? notice, CancellationToken ct)
    {
        var rows = await subscriptions.ListAsync(chatId, ct);
        var receiving = rows.Count == 0
            ? language.Pick("không nhận (gõ /subscribe)", "off (type /subscribe)")
            : rows.Any(r => r.IsEverything)
                ? language.Pick("tất cả thông báo", "every notice")
                : language.Pick("theo bộ lọc dưới đây", "matching the filters below");
        var remindersOn = await reminders.WantsEventRemindersAsync(chatId, ct);
        var digest = times.Describe(await digests.ChoiceOfAsync(chatId, ct), language);
        var text = Html.Format($"""
            <b>{language.Pick("Cài đặt", "Settings")}</b>
            {language.Pick("Ngôn ngữ", "Language")}: {language.Pick("Tiếng Việt", "English")}
            {language.Pick("Thông báo", "Notices")}: {receiving}
            {language.Pick("Nhắc trước sự kiện", "Event reminders")}: {(remindersOn ? language.Pick("bật", "on") : language.Pick("tắt", "off"))}
            {language.Pick("Bản tin tuần", "Weekly digest")}: {digest}
            """);
        var filters = rows.Where(r => !r.IsEverything).ToList();
        if (filters.Count > 0)
        {
            text += Html.Trusted($"\n{language.Pick("Bộ lọc (bấm ✖ để bỏ):", "Filters (press ✖ to remove):")}\n")
                + Html.Join("\n", filters.Select(f => Html.Format($"• {f.Label}")));
        }

        List<IReadOnlyList<ReplyButton>> buttons =
        [
            [
                new(Mark(language == Language.Vi) + "Tiếng Việt", LanguageButton.DataFor(Language.Vi)),
                new(Mark(language == Language.En) + "English", LanguageButton.DataFor(Language.En)),
            ],
            [
                new(remindersOn ? language.Pick("⏰ Tắt nhắc sự kiện", "⏰ Turn reminders off") : language.Pick("⏰ Bật nhắc sự kiện", "⏰ Turn reminders on"),
                    ReminderSwitchButton.DataFor(!remindersOn)),
                new(language.Pick("📰 Đổi lịch bản tin", "📰 Digest day and hour"), DigestSlotButton.Pick),
            ],
            .. filters.Select(f => (IReadOnlyList<ReplyButton>)[new ReplyButton("✖ " + Short(f.Label), FilterButton.DataFor(f.Id))]),
        ];
        return new Reply(text, buttons, replacesPressed, notice);
    }

    private static string Mark(bool chosen) => chosen ? "✓ " : "";

    private static string Short(string label) => label.Length <= 40 ? label : label[..40] + "…";
}
