using DienHong.Calendar;

namespace DienHong.Simulation;

/// <summary>
/// How a scenario runs (tùy chọn chạy thử): on which days off, and whether its database is kept at
/// <see cref="KeepDatabase"/> (created or added to) instead of a temporary file that is deleted.
/// </summary>
public sealed record SimulationOptions(IDaySource DaysOff, string? KeepDatabase = null);
