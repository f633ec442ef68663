using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BulletinBot.Tests.Links;

namespace BulletinBot.Tests.CommandLine;

/// <summary>The built program as an operator runs it: a real process with real stdin, stdout, stderr and exit code.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("bulletinbot-cli-").FullName;

    [Fact]
    public async Task Starting_without_a_token_points_to_local_mode()
    {
        var run = await RunAsync([], stdin: null);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("BulletinBot:Telegram:Token", run.Stderr);
        Assert.Contains("--local", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Theory]
    [InlineData("BulletinBot__Delivery__GlobalPerSecond", "0", "BulletinBot:Delivery:GlobalPerSecond")]
    [InlineData("BulletinBot__Telegram__Token", "not-a-token", "BulletinBot:Telegram:Token")]
    [InlineData("BulletinBot__Telegram__ApiBaseUrl", "telegram", "BulletinBot:Telegram:ApiBaseUrl")]
    [InlineData("BulletinBot__TimeZone", "Mars/Olympus", "BulletinBot:TimeZone")]
    [InlineData("BulletinBot__Delivery__MaxAttempts", "many", "BulletinBot:Delivery:MaxAttempts")]
    [InlineData("BulletinBot__Articles__AllowPrivateAddresses", "maybe", "BulletinBot:Articles:AllowPrivateAddresses")]
    public async Task Invalid_setting_stops_the_start_with_one_line_naming_the_key(string variable, string value, string key)
    {
        var run = await RunAsync([], stdin: null, (variable, value), ("BulletinBot__Telegram__Token", variable.EndsWith("Token", StringComparison.Ordinal) ? value : "123456:TEST"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(key, run.Stderr);
        Assert.StartsWith("Invalid configuration:", run.Stderr.Trim());
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Theory]
    [InlineData("BulletinBot__Telegram__ApiBaseUrl", "http://[::1")]
    [InlineData("BulletinBot__Telegram__ApiBaseUrl", "ftp://127.0.0.1/")]
    [InlineData("BulletinBot__Telegram__Token", "123456:AAE s3kr1t")]
    [InlineData("BulletinBot__Telegram__Token", "123456:AAE\ns3kr1t")]
    [InlineData("BulletinBot__Telegram__Token", "123456:AAE/s3kr1t")]
    [InlineData("BulletinBot__Admins__0", "alice")]
    [InlineData("BulletinBot__Admins", "111111111")]
    [InlineData("BulletinBot__Delivery__FirstRetryDelay", "00:20:00")]
    [InlineData("BulletinBot__Http__Urls", "https://0.0.0.0:8443")]
    [InlineData("BulletinBot__Http__Urls", "http://0.0.0.0")]
    [InlineData("BulletinBot__Http__Urls", "0.0.0.0:8080")]
    [InlineData("BulletinBot__Http__Url", "http://0.0.0.0:8080")]
    [InlineData("BulletinBot__Http__Enabled", "maybe")]
    [InlineData("BulletinBot__Telegram__WebhookUri", "https://bot.example.org/telegram")]
    [InlineData("BulletinBot__Logging__Format", "xml")]
    [InlineData("BulletinBot__Telegram__WebhookUrl", "http://bot.example.org/telegram/webhook")]
    [InlineData("BulletinBot__Telegram__WebhookUrl", "bot.example.org/telegram/webhook")]
    [InlineData("BulletinBot__Telegram__WebhookSecret", "not a secret!")]
    [InlineData("BulletinBot__Telegram__WebhookPath", "/healthz")]
    public async Task A_setting_that_looks_plausible_but_cannot_work_stops_the_start_with_one_line(string variable, string value)
    {
        var token = variable.EndsWith("Token", StringComparison.Ordinal) ? value : "123456:TEST";

        var run = await RunAsync([], stdin: null, (variable, value), ("BulletinBot__Telegram__Token", token));

        AssertOneLineNaming(run, KeyOf(variable));
        Assert.DoesNotContain("s3kr1t", run.Stdout + run.Stderr);
    }

    [Fact]
    public async Task A_webhook_without_http_stops_the_start_with_the_reason()
    {
        var run = await RunAsync([], stdin: null,
            ("BulletinBot__Telegram__Token", "123456:TEST"),
            ("BulletinBot__Telegram__WebhookUrl", "https://bot.example.org/telegram/webhook"),
            ("BulletinBot__Http__Enabled", "false"));

        AssertOneLineNaming(run, "BulletinBot:Telegram:WebhookUrl");
        Assert.Contains("BulletinBot:Http:Enabled=true", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_already_in_use_stops_the_start_with_one_line_saying_so()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = await RunAsync([], stdin: null, ("BulletinBot__Telegram__Token", "123456:TEST"), ("BulletinBot__Http__Urls", $"http://127.0.0.1:{port}"));

        AssertOneLineNaming(run, "BulletinBot:Http:Urls");
        Assert.Contains("already in use", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("folder", "")]
    [InlineData("folder", "migrate")]
    [InlineData("not a database", "")]
    [InlineData("not a database", "migrate")]
    [InlineData("inside a file", "")]
    [InlineData("inside a file", "migrate")]
    [InlineData("read-only file system", "")]
    [InlineData("device", "")]
    [InlineData("device", "migrate")]
    public async Task A_database_path_that_cannot_hold_the_database_stops_the_start_with_one_line(string what, string verb)
    {
        var file = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(file, "SQLite? No: these are meeting notes, and they are longer than a header.");
        var path = what switch
        {
            "folder" => folder,
            "not a database" => file,
            "inside a file" => Path.Combine(file, "bot.db"),
            "read-only file system" => "/proc/bulletinbot-test/bot.db",
            _ => "/dev/null",
        };

        var run = await RunAsync(verb.Length == 0 ? [] : [verb], stdin: null, ("BulletinBot__Database__Path", path), ("BulletinBot__Telegram__Token", "123456:TEST"));

        AssertOneLineNaming(run, "BulletinBot:Database:Path");
        Assert.Equal("SQLite? No: these are meeting notes, and they are longer than a header.", await File.ReadAllTextAsync(file));
        Assert.False(File.Exists("/dev/null-journal") || File.Exists("/dev/null-wal"), "SQLite was let loose on /dev/null");
    }

    [Fact]
    public async Task Local_mode_chats_through_stdin_and_stdout_and_keeps_the_subscription()
    {
        var first = await RunAsync(["--local"], "/start\n/subscribe\n/settings\n#2\n");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Xin chào", first.Stdout);
        Assert.Contains("Đã đăng ký", first.Stdout);
        Assert.Contains("Language: English", first.Stdout);

        var second = await RunAsync(["--local"], "/subscribe\n");
        Assert.Contains("You were already subscribed", second.Stdout);
    }

    [Fact]
    public async Task Migrate_applies_the_schema_once()
    {
        var first = await RunAsync(["migrate"], stdin: null);
        var second = await RunAsync(["migrate"], stdin: null);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("0001_chats.sql", first.Stdout);
        Assert.Contains("up to date", second.Stdout);
    }

    [Fact]
    public async Task Extract_prints_the_event_as_json_and_refuses_empty_input()
    {
        var article = Path.Combine(folder, "article.txt");
        await File.WriteAllTextAsync(article, """
            Hội nghị tập huấn nghiệp vụ khu vực miền Trung năm 2025

            Ngày 12/6, Sở Tư pháp tỉnh Quảng Trị phối hợp với Trường Đại học Luật Huế tổ chức Hội nghị tập huấn nghiệp vụ khu vực miền Trung năm 2025 tại thành phố Đông Hà, tỉnh Quảng Trị.
            Tham dự hội nghị có hơn 180 đại biểu đến từ 14 tỉnh, thành phố.
            """);

        var run = await RunAsync(["extract", article], stdin: null);
        var empty = await RunAsync(["extract", "-"], stdin: "   \n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"date\": \"2025-06-12\"", run.Stdout);
        Assert.Contains("\"attendees\": 180", run.Stdout);
        Assert.Contains("Quảng Trị", run.Stdout);
        Assert.NotEqual(0, empty.ExitCode);
        Assert.Contains("empty", empty.Stderr);
    }

    [Fact]
    public async Task Extract_reads_a_link_and_names_the_page_it_came_from()
    {
        await using var server = await PageServer.StartAsync();

        var run = await RunAsync(["extract", server.Url("/pages/bao-dien-tu.html").AbsoluteUri], stdin: null);
        var missing = await RunAsync(["extract", server.Url("/tin-da-go.html").AbsoluteUri], stdin: null);
        var pdf = await RunAsync(["extract", server.Url("/report.pdf").AbsoluteUri], stdin: null);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var extracted = json.RootElement;
        Assert.Equal("Thư viện miền Trung học cách số hóa tài liệu quý", extracted.GetProperty("title").GetString());
        // "Sáng nay (21/3)" has a year only through the page's publication stamp.
        Assert.Equal("2025-03-21", extracted.GetProperty("date").GetString());
        Assert.Equal("Đà Nẵng", extracted.GetProperty("location").GetString());
        Assert.Equal(150, extracted.GetProperty("attendees").GetInt32());
        Assert.Equal(14, extracted.GetProperty("provinces").GetInt32());
        Assert.Equal("https://baovanhoaduyenhai.vn/van-hoa/thu-vien-mien-trung-hoc-cach-so-hoa-tai-lieu-quy-a2031.html",
            extracted.GetProperty("source").GetString());
        Assert.DoesNotContain("Có thể bạn quan tâm", run.Stdout, StringComparison.Ordinal);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("not found (HTTP 404)", missing.Stderr, StringComparison.Ordinal);
        Assert.Single(missing.Stderr.Trim().Split('\n'));
        Assert.Equal(1, pdf.ExitCode);
        Assert.Contains("not a web page", pdf.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missing.Stderr + pdf.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_of_a_file_prints_no_source()
    {
        var article = Path.Combine(folder, "bai.txt");
        await File.WriteAllTextAsync(article, "Ngày 3/10, Sở Nội vụ tổ chức hội nghị tập huấn tại thành phố Vinh.");

        var run = await RunAsync(["extract", article], stdin: null);

        Assert.Equal(0, run.ExitCode);
        Assert.False(JsonDocument.Parse(run.Stdout).RootElement.TryGetProperty("source", out _));
    }

    private static void AssertOneLineNaming(ProgramRun run, string key)
    {
        Assert.True(run.ExitCode != 0, $"exit code 0; stdout: {run.Stdout}");
        Assert.Contains(key, run.Stderr);
        Assert.StartsWith("Invalid configuration:", run.Stderr.Trim());
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.DoesNotContain("Unhandled exception", run.Stdout + run.Stderr);
    }

    private static string KeyOf(string variable)
    {
        var key = variable.Replace("__", ":", StringComparison.Ordinal);
        return key.EndsWith(":0", StringComparison.Ordinal) ? key[..^2] : key;
    }

    private async Task<ProgramRun> RunAsync(string[] args, string? stdin, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BulletinBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("BulletinBot__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["BulletinBot__Database__Path"] = Path.Combine(folder, "bot.db");
        start.Environment["BulletinBot__Telegram__ApiBaseUrl"] = "http://127.0.0.1:9";
        start.Environment["BulletinBot__Http__Urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await using (var input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)))
        {
            await input.WriteAsync(stdin ?? "");
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return new ProgramRun(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed record ProgramRun(int ExitCode, string Stdout, string Stderr);
}
