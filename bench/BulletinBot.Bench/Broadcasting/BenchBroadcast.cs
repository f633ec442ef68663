using BulletinBot.Chat;
using BulletinBot.Delivery;

namespace BulletinBot.Bench.Broadcasting;

public static class BenchBroadcast
{
    // One short part, as most event notices are; long texts would measure the splitter and per-chat pacing instead.
    private const string Text = "Hội nghị tập huấn công tác tổ chức tại Huế, 8 giờ sáng thứ Hai <đăng ký trước thứ Sáu>";

    public static Broadcast Create() => new("bench:broadcast", "bench", Html.Escape(Text));
}
