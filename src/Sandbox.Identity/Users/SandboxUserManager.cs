using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sandbox.Identity.Users;

/// <summary>
/// Identity's user manager, with one change: a failed attempt is always counted. Updates carry the
/// ETag read, so parallel guesses would otherwise overwrite each other's count and slip past lockout.
/// </summary>
public sealed class SandboxUserManager(
    IUserStore<SandboxUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<SandboxUser> passwordHasher,
    IEnumerable<IUserValidator<SandboxUser>> userValidators,
    IEnumerable<IPasswordValidator<SandboxUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<SandboxUser>> logger)
    : UserManager<SandboxUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private const int Attempts = 10;

    public override async Task<IdentityResult> AccessFailedAsync(SandboxUser user)
    {
        var current = user;
        for (var attempt = 1; ; attempt++)
        {
            var result = await base.AccessFailedAsync(current);
            if (result.Succeeded || attempt == Attempts || !result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                return result;
            }

            current = await FindByIdAsync(user.Id) ?? user;
        }
    }
}
