using System.Security.Claims;
using DienHong.Web.Localization;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DienHong.Server.Accounts;

/// <summary>
/// Puts the account's person (<c>person</c>), its language and a pending password change into its principal, besides
/// Identity's own claims.
/// </summary>
public sealed class ServerClaimsFactory(UserManager<ServerUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ServerUser>(users, options)
{
    /// <summary>The claim of the account's language (a culture of the web app), so no request reads the account for it.</summary>
    public const string LanguageClaim = "dienhong:language";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ServerUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PersonId is { Length: > 0 } person)
        {
            identity.AddClaim(new Claim(DienHongClaims.Person, person));
        }

        identity.AddClaim(new Claim(LanguageClaim, AppCultures.Find(user.Language) ?? AppCultures.Vietnamese));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(DienHongClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
