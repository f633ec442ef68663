using System.Globalization;
using System.Text.Json;
using BulletinBot.Articles;
using Microsoft.Data.Sqlite;

namespace BulletinBot.Bench.Queries;

/// <summary>
/// Fills the bot's database beside it: conference events written from a small vocabulary (so common words match
/// thousands of rows, as "hội nghị" would), subscribed chats, and a week of sent and failed deliveries.
/// </summary>
public static class BenchEvents
{
    private static readonly string[] Kinds = ["Hội nghị", "Hội nghị tập huấn", "Lớp bồi dưỡng", "Hội thảo", "Tọa đàm", "Lớp tập huấn"];

    private static readonly string[] Subjects =
    [
        "công tác dân vận", "quyền trẻ em", "bình đẳng giới", "chuyển đổi số ở cơ sở", "pháp luật về đất đai", "phòng chống thiên tai",
        "an toàn giao thông", "cải cách hành chính", "kỹ năng tuyên truyền", "bảo hiểm y tế", "công tác dân tộc", "phòng chống ma túy",
        "xây dựng nông thôn mới", "quốc phòng và an ninh", "bảo vệ môi trường", "hòa giải ở cơ sở", "phổ biến giáo dục pháp luật",
    ];

    private static readonly string[] Rounds = ["năm {0}", "khu vực phía Bắc năm {0}", "khu vực miền Trung năm {0}", "khu vực phía Nam năm {0}", "toàn quốc lần thứ {1}", "cấp tỉnh đợt {1}"];

    private static readonly string[] Provinces =
    [
        "Hà Giang", "Lào Cai", "Yên Bái", "Điện Biên", "Sơn La", "Thái Nguyên", "Quảng Ninh", "Hải Phòng", "Hà Nội", "Nam Định", "Thanh Hóa",
        "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên",
        "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước", "Tây Ninh",
        "Đồng Nai", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Cần Thơ",
        "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
    ];

    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"];
    private static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu"];
    private static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Quang", "Sơn", "Thảo", "Tuấn"];
    private static readonly string[] Roles = ["Phó Chủ tịch UBND tỉnh", "Trưởng ban Dân vận Tỉnh ủy", "Giám đốc Sở Tư pháp", "Phó Vụ trưởng", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"];
    private static readonly string[] Bodies = ["Ban Dân vận Tỉnh ủy", "Sở Tư pháp", "Hội Liên hiệp Phụ nữ", "Sở Giáo dục và Đào tạo", "Bộ Tư pháp", "Ủy ban Mặt trận Tổ quốc"];

    private const string InsertEventSql = """
        INSERT INTO events (status, title, starts_on, starts_at, venue, province, current_province, region, attendees, attendees_at_least,
                            provinces_count, topics, people, organizers, summary, source_url, origin, author_user_id, author_chat_id,
                            created_at, updated_at, published_at)
        VALUES ('published', $title, $on, $at, $venue, $province, $current, $region, $attendees, $atLeast, $provinces, $topics, $people,
                $organizers, $summary, $url, 'form', 1, 1, $now, $now, $now)
        """;

    // Short transactions, so the bot's own writers (the delivery worker starting up) never wait out their timeout.
    private const int RowsPerTransaction = 2000;

    public static async Task InsertEventsAsync(SqliteConnection db, int count, DateOnly today, CancellationToken ct)
    {
        var directory = new ProvinceDirectory();
        var places = Provinces.ToDictionary(p => p, p => directory.Find("tỉnh " + p));
        var random = new Random(20260816);
        var transaction = db.BeginTransaction();
        await using var insert = db.CreateCommand();
        insert.CommandText = InsertEventSql;
        string[] names = ["$title", "$on", "$at", "$venue", "$province", "$current", "$region", "$attendees", "$atLeast", "$provinces", "$topics", "$people", "$organizers", "$summary", "$url", "$now"];
        var parameters = names.ToDictionary(n => n, n => insert.Parameters.Add(n, SqliteType.Text));
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i % RowsPerTransaction == 0)
            {
                await transaction.CommitAsync(ct);
                await transaction.DisposeAsync();
                transaction = db.BeginTransaction();
            }

            insert.Transaction = transaction;
            var day = today.AddDays(random.Next(-3650, 400));
            var province = Pick(random, Provinces);
            var place = places[province];
            var subject = Pick(random, Subjects);
            var other = Pick(random, Subjects);
            var kind = Pick(random, Kinds);
            var title = $"{kind} {subject} {string.Format(CultureInfo.InvariantCulture, Pick(random, Rounds), day.Year, random.Next(1, 12))}";
            var attendees = random.Next(40, 600);
            var provinceCount = random.Next(1, 40);
            var body = Pick(random, Bodies);
            var person = $"{Pick(random, Surnames)} {Pick(random, Middles)} {Pick(random, Givens)}";
            Set(parameters, "$title", title);
            Set(parameters, "$on", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Set(parameters, "$at", random.Next(3) == 0 ? null : $"{random.Next(7, 15):00}:{(random.Next(2) == 0 ? "00" : "30")}");
            Set(parameters, "$venue", $"Hội trường {body} tỉnh {province}");
            Set(parameters, "$province", place?.Name);
            Set(parameters, "$current", place?.CurrentName);
            Set(parameters, "$region", place?.Region);
            Set(parameters, "$attendees", attendees);
            Set(parameters, "$atLeast", random.Next(2));
            Set(parameters, "$provinces", provinceCount);
            Set(parameters, "$topics", JsonSerializer.Serialize(new[] { Capitalized(subject), Capitalized(other) }));
            Set(parameters, "$people", JsonSerializer.Serialize(new[] { new { name = person, role = Pick(random, Roles) } }));
            Set(parameters, "$organizers", JsonSerializer.Serialize(new[] { $"{body} tỉnh {province}" }));
            Set(parameters, "$summary",
                $"{kind} giúp đội ngũ cán bộ cơ sở nắm vững {subject} và {other}. Tham dự có {attendees} đại biểu đến từ {provinceCount} tỉnh, thành phố. "
                + $"Các báo cáo viên trình bày chuyên đề, giải đáp vướng mắc và trao đổi kinh nghiệm thực tiễn tại địa phương.");
            Set(parameters, "$url", $"https://bao{i % 40}.example.vn/tin/{i}");
            Set(parameters, "$now", now);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        await transaction.DisposeAsync();
    }

    /// <summary>Subscribed private chats (a fifth of them filtering by province) and a week of deliveries to them.</summary>
    public static async Task InsertSubscribersAsync(SqliteConnection db, int count, long firstChatId, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await using var transaction = db.BeginTransaction();
        await using var command = db.CreateCommand();
        command.CommandText = """
            INSERT INTO chats (chat_id, kind, language, is_active, created_at, updated_at) VALUES ($id, 'private', 'vi', 1, $now, $now);
            INSERT INTO subscriptions (chat_id, filter, created_at) VALUES ($id, $filter, $now);
            INSERT INTO deliveries (chat_id, priority, text, state, not_before, created_at, sent_at, error)
            VALUES ($id, 1, 'Thông báo', $state, $now, $now, $now, $error);
            """;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var filter = command.Parameters.Add("$filter", SqliteType.Text);
        var state = command.Parameters.Add("$state", SqliteType.Text);
        var error = command.Parameters.Add("$error", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now);
        for (var i = 0; i < count; i++)
        {
            id.Value = firstChatId + i;
            filter.Value = i % 5 == 0 ? "province:" + Provinces[i % Provinces.Length] : "";
            state.Value = i % 100 == 0 ? "failed" : "sent";
            error.Value = i % 100 == 0 ? "Forbidden: bot was blocked by the user" : DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static void Set(Dictionary<string, SqliteParameter> parameters, string name, object? value) =>
        parameters[name].Value = value ?? DBNull.Value;

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Capitalized(string text) => char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
