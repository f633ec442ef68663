using System.Text.Json;
using BulletinBot.Chat;
using BulletinBot.Chat.Conversations;

namespace BulletinBot.Features.Events;

/// <summary>
/// The guided /post: title → date and time → place → summary → preview card. The place and the summary may be
/// skipped; /cancel leaves. Every answer is kept in the conversation, so a restart in the middle loses nothing.
/// </summary>
public sealed class PostForm(EventDesk desk, ConversationStore conversations) : IConversationHandler
{
    public const string FormKind = "post-form";
    public const string TitleStep = "title";
    public const string WhenStep = "when";
    public const string VenueStep = "venue";
    public const string SummaryStep = "summary";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => FormKind;

    public static Conversation Start(CommandContext context) => new()
    {
        ChatId = context.ChatId,
        UserId = context.Request.UserId,
        Kind = FormKind,
        Step = TitleStep,
        Draft = JsonSerializer.Serialize(new EventFields(), Json),
    };

    public async Task<Reply> ContinueAsync(CommandContext context, Conversation conversation, CancellationToken ct)
    {
        var language = context.Language;
        var fields = JsonSerializer.Deserialize<EventFields>(conversation.Draft, Json) ?? new EventFields();
        var (changed, problem) = conversation.Step switch
        {
            WhenStep => EventField.Apply(EventField.When, context.Args, fields, desk.Provinces, desk.Today, language),
            VenueStep => EventField.Apply(EventField.Venue, context.Args, fields, desk.Provinces, desk.Today, language),
            SummaryStep => EventField.Apply(EventField.Summary, context.Args, fields, desk.Provinces, desk.Today, language),
            _ => EventField.Apply(EventField.Title, context.Args, fields, desk.Provinces, desk.Today, language),
        };
        if (changed is null)
        {
            return Reply.With(Html.Escape(problem) + Html.Trusted("\n") + Question(conversation.Step, language), StepButtons(conversation.Step, language));
        }

        return await NextAsync(context, conversation, changed, ct);
    }

    /// <summary>Moves past the current step (answered or skipped) to the next question, or to the preview card.</summary>
    public async Task<Reply> NextAsync(CommandContext context, Conversation conversation, EventFields fields, CancellationToken ct)
    {
        var next = conversation.Step switch
        {
            TitleStep => WhenStep,
            WhenStep => VenueStep,
            VenueStep => SummaryStep,
            _ => null,
        };
        if (next is null)
        {
            await conversations.EndAsync(context.ChatId, FormKind, ct);
            return await desk.CreateDraftAsync(context, fields, EventOrigin.Form, ct);
        }

        await conversations.SaveAsync(conversation with { Step = next, Draft = JsonSerializer.Serialize(fields, Json) }, ct);
        return Reply.With(Question(next, context.Language), StepButtons(next, context.Language));
    }

    public static EventFields FieldsOf(Conversation conversation) =>
        JsonSerializer.Deserialize<EventFields>(conversation.Draft, Json) ?? new EventFields();

    public static Html Question(string step, Language language) => step switch
    {
        WhenStep => Html.Trusted(language.Pick(
            "Bước 2/4 — <b>ngày và giờ</b>. Ví dụ: <code>16/08/2026 08:00</code>, <code>ngày 16 tháng 8 năm 2026</code>, <code>sáng 16/8 8h30</code>",
            "Step 2/4 — <b>date and time</b>. For example <code>16/08/2026 08:00</code>, <code>ngày 16 tháng 8 năm 2026</code>, <code>sáng 16/8 8h30</code>")),
        VenueStep => Html.Trusted(language.Pick(
            "Bước 3/4 — <b>địa điểm</b> (không bắt buộc). Ví dụ: <code>Hội trường A, Hà Nội</code>",
            "Step 3/4 — <b>place</b> (optional). For example <code>Hội trường A, Hà Nội</code>")),
        SummaryStep => Html.Trusted(language.Pick(
            "Bước 4/4 — <b>tóm tắt</b> hai, ba câu (không bắt buộc).",
            "Step 4/4 — a <b>summary</b> of two or three sentences (optional).")),
        _ => Html.Trusted(language.Pick(
            "Đăng sự kiện mới. Bước 1/4 — <b>tên sự kiện</b>. Ví dụ: <code>Hội nghị tập huấn công tác nhân quyền năm 2026</code>\nGõ /cancel để thoát.",
            "New event. Step 1/4 — the <b>title</b>. For example <code>Hội nghị tập huấn công tác nhân quyền năm 2026</code>\nType /cancel to leave.")),
    };

    public static IReadOnlyList<ReplyButton> StepButtons(string step, Language language) => step is VenueStep or SummaryStep
        ? [new ReplyButton(language.Pick("Bỏ qua ⏭", "Skip ⏭"), PostFormButton.Skip), new ReplyButton(language.Pick("Thoát", "Leave"), PostFormButton.Leave)]
        : [new ReplyButton(language.Pick("Thoát", "Leave"), PostFormButton.Leave)];
}
