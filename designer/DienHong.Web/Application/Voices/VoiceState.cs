namespace DienHong.Web.Application.Voices;

/// <summary>Where a consultation or a ballot is (trạng thái): open for voices, awaiting the response, or closed.</summary>
public enum VoiceState
{
    /// <summary>Opinions or ballots are received.</summary>
    Open,

    /// <summary>A consultation's window has closed and the summary is compiled; the respondent has yet to answer.</summary>
    Responding,

    /// <summary>Closed: the result (a ballot's count, a consultation's response) is known.</summary>
    Closed,
}
