using BulletinBot.Chat;
using BulletinBot.Links;

namespace BulletinBot.Features.Events;

/// <summary>Why a link gave no preview, in words an organizer can act on.</summary>
public static class LinkText
{
    public static string Failure(ArticlePageResult result, Language language) => result.Failure switch
    {
        LinkFailure.InvalidLink => language.Pick("Đây không phải đường link trang web (http/https).", "That is not a web link (http/https)."),
        LinkFailure.Unreachable => language.Pick("Không kết nối được tới trang này: địa chỉ không tồn tại hoặc trang từ chối kết nối.", "That site could not be reached: it does not exist or refused the connection."),
        LinkFailure.BlockedAddress => language.Pick("Bot không đọc trang ở địa chỉ nội bộ. Hãy dán nội dung bài vào đây.", "I don't read pages at internal addresses. Paste the article's text here instead."),
        LinkFailure.TooManyRedirects => language.Pick("Trang chuyển hướng quá nhiều lần. Hãy gửi đường link cuối cùng của bài.", "The page redirects too many times. Send the article's final address."),
        LinkFailure.NotFound => language.Pick("Không tìm thấy trang này (404). Kiểm tra lại đường link.", "That page was not found (404). Check the link."),
        LinkFailure.HttpError => language.Pick($"Trang trả lời lỗi {result.StatusCode}. Thử lại sau, hoặc dán nội dung bài vào đây.", $"The site answered error {result.StatusCode}. Try later, or paste the article's text here."),
        LinkFailure.NotAPage => language.Pick("Đây không phải trang bài báo (có thể là PDF hay ảnh). Hãy dán nội dung bài, hoặc gửi tệp .txt.", "That is not an article page (a PDF or an image?). Paste the text, or send a .txt file."),
        LinkFailure.TooLarge => language.Pick("Trang quá lớn (trên 3 MB). Hãy dán phần tin về hội nghị vào đây.", "The page is too large (over 3 MB). Paste the part about the conference here."),
        LinkFailure.TimedOut => language.Pick("Trang không trả lời trong 10 giây. Thử lại sau, hoặc dán nội dung bài.", "The site did not answer within 10 seconds. Try later, or paste the text."),
        _ => language.Pick("Không tìm thấy nội dung bài trên trang này. Hãy dán nội dung bài vào đây.", "I found no article text on that page. Paste the article's text here."),
    };
}
