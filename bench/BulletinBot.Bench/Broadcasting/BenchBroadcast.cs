using BulletinBot.Chat;
using BulletinBot.Delivery;

namespace BulletinBot.Bench.Broadcasting;

public static class BenchBroadcast
{
    // One short part, as most event notices are; long texts would measure the splitter and per-chat pacing instead.
    private const string Text = "Hội nghị tập huấn công tác tổ chức tại Huế, 8 giờ sáng thứ Hai <đăng ký trước thứ Sáu>";

    public const string Key = "bench:broadcast";

    public const string WarmUpKey = "bench:warm-up";

    /// <summary>Chats outside the measured audience that receive the warm-up messages.</summary>
    public static readonly long[] WarmUpChats = [1, 2, 3];

    public static Broadcast Create() => new(Key, "bench", Html.Escape(Text));

    /// <summary>
    /// A running bot has answered commands before anyone broadcasts (the organizer talked to it to publish), so its
    /// send path is compiled and its connections are open; a cold first send would measure start-up, not pacing.
    /// </summary>
    public static Broadcast WarmUp() => new(WarmUpKey, "bench", Html.Escape("warm-up"));
}
