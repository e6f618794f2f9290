using Sandbox.Applications.Access;
using Sandbox.Domain.Applications;

namespace Sandbox.Applications.Intake;

/// <summary>
/// Lets the case workflow follow the application: the gates run before a change and can refuse it
/// (<see cref="CaseStateException"/>: a decided case cannot be amended or withdrawn); the notifications run after it
/// is stored. A notification lost to a crash is caught up by the workflow's start-up reconciliation.
/// </summary>
public interface ICaseEvents
{
    Task BeforeAmendmentAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken) => Task.CompletedTask;

    Task BeforeWithdrawalAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken) => Task.CompletedTask;

    Task SubmittedAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken);

    Task WithdrawnAsync(CaseActor actor, PilotApplication application, string reason, CancellationToken cancellationToken);

    Task AdjudicatedAsync(CaseActor actor, PilotApplication application, CancellationToken cancellationToken);
}
