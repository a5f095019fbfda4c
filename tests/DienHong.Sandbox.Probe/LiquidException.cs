namespace DienHong.Sandbox.Probe;

/// <summary>A Liquid template that does not parse.</summary>
public sealed class LiquidException(string message) : Exception(message);
