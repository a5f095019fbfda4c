using DienHong.Calendar;

namespace DienHong.Web.Application.Tasks;

/// <summary>An action (thao tác) an open task offers besides its outcomes, with its label in both languages.</summary>
public sealed record TaskAction(string Name, LocalizedText Label);
