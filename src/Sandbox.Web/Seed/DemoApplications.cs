using Microsoft.AspNetCore.Identity;
using Sandbox.Applications.Access;
using Sandbox.Applications.Intake;
using Sandbox.Domain.Access;
using Sandbox.Domain.Applications;
using Sandbox.Identity.Users;

namespace Sandbox.Web.Seed;

/// <summary>A few demo applications in different states, so a new user sees a living system.</summary>
public sealed class DemoApplications(PilotApplications applications, UserManager<SandboxUser> users, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var ada = await ActorAsync("applicant@sandbox.demo");
        var hana = await ActorAsync("humanitarian@sandbox.demo");
        if ((await applications.ListAsync(ada, new ApplicationFilter { Sort = ApplicationSort.UpdatedNewest, PageSize = 1 }, cancellationToken)).Items.Count > 0)
        {
            return;
        }

        var start = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(21);
        await SubmitAsync(ada, DemoContent.CrowdCounting(start), cancellationToken);
        await SubmitAsync(ada, DemoContent.IntrusionResearch(start), cancellationToken);
        await SubmitAsync(hana, DemoContent.FloodDrones(start), cancellationToken);
        await applications.CreateAsync(ada, DemoContent.BorderSensorsDraft(start), cancellationToken);
    }

    private async Task SubmitAsync(CaseActor actor, ApplicationContent content, CancellationToken cancellationToken)
    {
        var draft = await applications.CreateAsync(actor, content, cancellationToken);
        await applications.SubmitAsync(actor, draft.Value.Id, draft.ETag, cancellationToken);
    }

    private async Task<CaseActor> ActorAsync(string email)
    {
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"The demo user {email} is missing.");
        return new CaseActor(user.Id, user.OrganizationId, new HashSet<string>([SandboxRoles.Applicant]));
    }
}
