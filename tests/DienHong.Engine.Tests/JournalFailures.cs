using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;

namespace DienHong.Engine.Tests;

/// <summary>Reads the coded failure a NodeFaulted or InstanceFaulted journal entry keeps as data.</summary>
internal static class JournalFailures
{
    public static Failure Failure(this JournalEntry entry)
    {
        entry.Comment.ShouldBeNull("a failure is kept as data, never as prose");
        return Runtime.Failure.FromJson(JsonNode.Parse(entry.Data.ShouldNotBeNull())!.AsObject()).ShouldNotBeNull();
    }

    /// <summary>The failure worded in English.</summary>
    public static string FailureText(this JournalEntry entry) => entry.Failure().Message(CultureInfo.GetCultureInfo("en"));
}
