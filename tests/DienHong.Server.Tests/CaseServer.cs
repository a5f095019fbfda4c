using System.Net;
using DienHong.Server.Testing;

namespace DienHong.Server.Tests;

/// <summary>
/// One server with cases in the office (văn phòng) for the API's authorisation tests: an open salary-step case whose
/// HR task HR has claimed, and a case the head has cancelled; a bearer client for each demo account of the matrix.
/// </summary>
public sealed partial class CaseServer : IAsyncLifetime, IDisposable
{
    /// <summary>The accounts of the matrix: the roles of the demo, the two administration accounts, a person of another agency, nobody.</summary>
    public static readonly IReadOnlyList<string> Accounts = ["anonymous", "e0110", "e0101", "e0102", "e0104", "e0108", "workflow-admin", "system-admin", "e0204"];

    private readonly DataFolder folder = new();
    private readonly Dictionary<string, HttpClient> clients = [];

    public ServerFactory Server { get; private set; } = null!;

    /// <summary>An open case of the office, waiting for its HR task.</summary>
    public string OpenCase { get; private set; } = null!;

    /// <summary>The open case's HR task, claimed by HR (E0104): now theirs by name.</summary>
    public string ClaimedTask { get; private set; } = null!;

    /// <summary>A case of the office the head cancelled.</summary>
    public string CancelledCase { get; private set; } = null!;

    /// <summary>A case with two open consultations and an open ballot (<see cref="VoiceCase"/>), nobody's voice given.</summary>
    public VoiceCase Voices { get; private set; } = null!;

    public HttpClient Client(string account) => clients[account];

    public async Task InitializeAsync()
    {
        Server = new ServerFactory(folder.Path).Started();
        clients["anonymous"] = Server.CreateClient();
        foreach (var account in Accounts.Skip(1))
        {
            clients[account] = await Server.BearerAsync(account);
        }

        var hr = Client("e0104");
        var open = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0110")).JsonAsync(HttpStatusCode.Created);
        OpenCase = open.String("id");
        ClaimedTask = open.GetProperty("openTasks")[0].String("id");
        await hr.PostJsonAsync($"/api/v1/tasks/{ClaimedTask}/claim").JsonAsync();

        var head = Client("e0101");
        CancelledCase = (await head.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0109")).JsonAsync(HttpStatusCode.Created)).String("id");
        await head.PostJsonAsync($"/api/v1/instances/{CancelledCase}/cancel", new { reason = "Nhập nhầm" }).JsonAsync();

        await VoiceCase.PublishAsync(Client("workflow-admin"));
        Voices = await VoiceCase.StartAsync(hr);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public void Dispose() => folder.Dispose();
}
