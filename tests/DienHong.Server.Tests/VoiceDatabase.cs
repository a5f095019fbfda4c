using System.Text.RegularExpressions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Server.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Server.Tests;

/// <summary>
/// What the tests of consultations and ballots read beside the API: every text of the engine's database file, read
/// directly as someone with the file alone would, and the closing of a consultation's window as its timer does.
/// </summary>
internal static partial class VoiceDatabase
{
    /// <summary>Every text and blob value of every row of every table of the data folder's <c>dienhong.db</c>, one string per row.</summary>
    public static List<string> Rows(string dataFolder)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "dienhong.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? string.Empty
                    : reader.GetValue(i) is byte[] blob ? Convert.ToBase64String(blob) + " " + Convert.ToHexString(blob) + " " + System.Text.Encoding.UTF8.GetString(blob)
                    : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                // JSON columns escape non-ASCII letters (\u1EC1): read them as the text they are.
                rows.Add(Escaped().Replace(table + ": " + string.Join(" | ", values), m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()));
            }
        }

        return rows;
    }

    /// <summary>Closes the window of the case's consultation at <paramref name="nodeId"/>: the wake-up its timer job delivers at the deadline.</summary>
    public static async Task<BookmarkRecord> CloseWindowAsync(ServerFactory server, string instanceId, string nodeId)
    {
        var store = server.Services.GetRequiredService<IWorkflowStore>();
        var window = (await store.LoadAsync(instanceId))!.Bookmarks.Single(b => b.NodeId == nodeId);
        var woken = await server.Services.GetRequiredService<WorkflowEngine>().WakeAsync(window.Id, window.WakeAt!.Value, instanceId);
        if (!woken.Succeeded)
        {
            throw new InvalidOperationException($"The window of {nodeId} did not close: {woken.Status}.");
        }

        return window;
    }

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex Escaped();
}
