using Microsoft.AspNetCore.Identity;

namespace DienHong.Server.Accounts;

/// <summary>A user account (tài khoản) of the server, linked to a person of the organisation model or to none (an administration account).</summary>
public sealed class ServerUser : IdentityUser
{
    /// <summary>The person id (mã cán bộ) this account acts as; null for an administration account.</summary>
    public string? PersonId { get; set; }

    /// <summary>Made by the demo at first start; shares the demo password and is locked when the demo is turned off.</summary>
    public bool IsDemo { get; set; }

    /// <summary>
    /// The language the person chose (ngôn ngữ): a culture of the web app (<c>vi-VN</c>, <c>en-GB</c>), or null for
    /// Vietnamese. It sets the pages' language at sign-in and the API's when a request names none.
    /// </summary>
    [System.ComponentModel.DataAnnotations.MaxLength(16)]
    public string? Language { get; set; }

    /// <summary>The account was given a temporary password and must choose its own at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }
}
