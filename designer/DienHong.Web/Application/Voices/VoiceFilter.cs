namespace DienHong.Web.Application.Voices;

/// <summary>Which consultations or ballots a list shows (lọc): those still running (a consultation awaiting its response included), or those ended.</summary>
public enum VoiceFilter
{
    Open,
    Closed,
}
