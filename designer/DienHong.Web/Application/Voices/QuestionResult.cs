using DienHong.Calendar;

namespace DienHong.Web.Application.Voices;

/// <summary>The count of one question of a ballot (kết quả từng nội dung) and whether it passed.</summary>
public sealed record QuestionResult(string Id, LocalizedText Label, int Yes, int No, int Abstain, bool Passed);
