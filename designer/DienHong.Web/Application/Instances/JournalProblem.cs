namespace DienHong.Web.Application.Instances;

/// <summary>One discrepancy journal verify found in a case's journal: its code, the entry, and the text in the reader's language.</summary>
public sealed record JournalProblem(string Code, long? Seq, string Message);
