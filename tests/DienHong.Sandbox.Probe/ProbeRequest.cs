using System.Text.Json.Nodes;

namespace DienHong.Sandbox.Probe;

/// <summary>One probe: an expression (<c>js</c>, with its leading <c>=</c>) or a Liquid template (<c>liquid</c>).</summary>
public sealed record ProbeRequest(string Kind, string Source, JsonObject? Vars = null, double? TimeoutMs = null);
