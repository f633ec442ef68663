using BulletinBot.Chat;

namespace BulletinBot.Features.Subscriptions;

/// <summary>The subscription replies, both languages side by side.</summary>
public static class SubscriptionText
{
    public static Html SubscribedToEverything(Language language) => Html.Trusted(language.Pick(
        "✅ Đã đăng ký. Bạn sẽ nhận thông báo hội nghị, tập huấn và lời nhắc trước sự kiện.\nChỉ muốn nhận theo tỉnh, miền hay chủ đề? Ví dụ: <code>/subscribe Hà Giang</code>, <code>/subscribe miền Trung</code>, <code>/subscribe chủ đề quyền trẻ em</code>.\nGõ /unsubscribe để hủy bất cứ lúc nào.",
        "✅ Subscribed. You will get conference and training notices and reminders before events.\nOnly want some? For example <code>/subscribe Hà Giang</code>, <code>/subscribe miền Trung</code>, <code>/subscribe chủ đề quyền trẻ em</code>.\nType /unsubscribe to stop at any time."));

    public static Html HasFiltersOnly(IReadOnlyList<SubscriptionRow> current, Language language) => Html.Format($"""
        {language.Pick("Bạn đang nhận thông báo theo bộ lọc:", "You get notices matching your filters:")} {Labels(current)}.
        {language.Pick("Muốn nhận tất cả? Bấm nút dưới đây. Bỏ một bộ lọc trong /settings.", "Want every notice? Press the button below. Remove a filter in /settings.")}
        """);

    public static Html FiltersAdded(IReadOnlyList<string> added, bool narrowed, IReadOnlyList<SubscriptionRow> now, Language language)
    {
        if (added.Count == 0)
        {
            return Html.Format($"""
                {language.Pick("Các bộ lọc này đã có, không có gì thay đổi. Bạn đang nhận:", "You had these filters already; nothing changed. You get notices about:")} {Labels(now)}.
                """);
        }

        var was = narrowed
            ? language.Pick("\nTrước đây bạn nhận mọi thông báo; từ nay chỉ nhận theo bộ lọc.", "\nYou used to get every notice; from now on only those matching your filters.")
            : "";
        return Html.Format($"""
            ✅ {language.Pick("Đã thêm bộ lọc", "Filter added")}: {string.Join(", ", added)}.{was}
            {language.Pick("Bạn nhận thông báo về:", "You get notices about:")} {Labels(now)}.
            {language.Pick("Xem hoặc bỏ bộ lọc trong /settings.", "See or remove filters in /settings.")}
            """);
    }

    public static Reply UnknownFilter(FilterReading reading, Language language)
    {
        var examples = Html.Trusted(language.Pick(
            "Ví dụ: <code>/subscribe Hà Giang</code>, <code>/subscribe miền Trung</code>, <code>/subscribe chủ đề quyền trẻ em</code>",
            "For example <code>/subscribe Hà Giang</code>, <code>/subscribe miền Trung</code>, <code>/subscribe chủ đề quyền trẻ em</code>"));
        if (reading.Nearest.Count == 0)
        {
            return Reply.With(Html.Format($"""
                {language.Pick("Không tìm thấy tỉnh, thành phố hay miền nào tên", "No province, city or region is called")} "{Html.Excerpt(reading.Typed)}".
                {language.Pick("Lọc theo chủ đề thì thêm chữ \"chủ đề\".", "To filter by topic, start with \"chủ đề\".")}
                """) + Html.Trusted("\n") + examples);
        }

        var buttons = reading.Nearest.Select(n => new ReplyButton(n, SubscribeButton.ForProvince(n))).ToArray();
        return Reply.With(Html.Format($"""
            {language.Pick("Không tìm thấy tỉnh", "No province is called")} "{Html.Excerpt(reading.Typed)}". {language.Pick("Có phải bạn muốn:", "Did you mean:")}
            """) + Html.Trusted("\n") + examples, buttons);
    }

    private static string Labels(IReadOnlyList<SubscriptionRow> rows) =>
        string.Join(", ", rows.Select(r => r.IsEverything ? "tất cả / everything" : r.Label));
}
