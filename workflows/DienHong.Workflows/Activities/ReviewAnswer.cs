namespace DienHong.Workflows.Activities;

/// <summary>One reviewer's answer in a parallel review.</summary>
public sealed record ReviewAnswer(string? Reviewer, string Outcome);
