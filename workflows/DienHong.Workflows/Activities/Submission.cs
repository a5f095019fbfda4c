namespace DienHong.Workflows.Activities;

/// <summary>
/// An objection or opinion as a Disclosure or Consultation keeps it (ý kiến): its text, whether it is anonymous,
/// when it came, who sent it (never for an anonymous one), and for a consultation the sender's keyed voice.
/// </summary>
public sealed record Submission(string Text, bool Anonymous, string? At = null, string? By = null, string? Voice = null);
