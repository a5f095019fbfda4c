using System.Text.Json.Nodes;
using DienHong.Calendar;

namespace DienHong.Workflows.Activities;

/// <summary>
/// One question of a ballot (câu hỏi biểu quyết), e.g. one nominee for a title: its id (what the ballot answers
/// and the result lists) and the label people read.
/// </summary>
public sealed record VoteQuestion(string Id, LocalizedText Label)
{
    public JsonObject LabelJson() => new() { ["vi"] = Label.Vi, ["en"] = Label.En ?? Label.Vi };
}
