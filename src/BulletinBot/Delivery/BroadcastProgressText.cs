using System.Globalization;
using BulletinBot.Chat;

namespace BulletinBot.Delivery;

/// <summary>The words of a broadcast's status message: "Đang gửi 1 200/5 000 (24%) · lỗi 3 · còn ~2 phút".</summary>
public static class BroadcastProgressText
{
    private static readonly NumberFormatInfo Spaced = new() { NumberGroupSeparator = " ", NumberDecimalDigits = 0 };

    public static Html Running(BroadcastStatus status, Language language, TimeSpan? remaining)
    {
        var percent = status.Total == 0 ? 100 : status.Settled * 100 / status.Total;
        var eta = remaining is { } left ? " · " + language.Pick("còn ~", "about ") + Duration(left, language) + language.Pick("", " left") : "";
        return Html.Format($"📤 {language.Pick("Đang gửi", "Sending")} {Number(status.Settled)}/{Number(status.Total)} ({percent}%) · {language.Pick("lỗi", "failed")} {Number(status.Failed)}{eta}");
    }

    public static Html Finished(BroadcastStatus status, IReadOnlyList<FailureCount> failures, Language language)
    {
        var head = Html.Format($"✅ {language.Pick("Đã gửi xong", "Finished")}: {Number(status.Sent)}/{Number(status.Total)} {language.Pick("đã nhận", "delivered")} · {language.Pick("lỗi", "failed")} {Number(status.Failed)}");
        var reasons = failures.Select(f => Html.Format($"\n• {f.Reason}: {Number(f.Count)}"));
        return head + Html.Join("", reasons);
    }

    public static string Number(long value) => value.ToString("N0", Spaced);

    private static string Duration(TimeSpan left, Language language) => left.TotalMinutes >= 1
        ? Math.Ceiling(left.TotalMinutes).ToString(CultureInfo.InvariantCulture) + language.Pick(" phút", " min")
        : Math.Max(1, Math.Ceiling(left.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + language.Pick(" giây", " s");
}
