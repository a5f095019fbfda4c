namespace DienHong.Workflows.Activities;

/// <summary>An opinion or objection sent to an open Disclosure or Consultation: its text, and whether it is anonymous.</summary>
public sealed record DisclosureSubmission(string Text, bool Anonymous);
