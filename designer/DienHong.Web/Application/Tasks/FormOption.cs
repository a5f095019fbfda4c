using DienHong.Calendar;

namespace DienHong.Web.Application.Tasks;

/// <summary>One option of a choice or checklist field (lựa chọn): the value sent and its label.</summary>
public sealed record FormOption(string Value, LocalizedText Label);
