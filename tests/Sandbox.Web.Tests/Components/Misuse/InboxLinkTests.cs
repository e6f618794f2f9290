using Sandbox.Oversight.Misuse;
using Sandbox.Web.Components.Pages.Inbox;
using Sandbox.Workflows.Instances;
using Sandbox.Workflows.Tasks;

namespace Sandbox.Web.Tests.Components.Misuse;

public sealed class InboxLinkTests
{
    private static WorkflowTask Task(string role, string kind) => new()
    {
        Id = "t1", Role = role, Queue = "misuse", Title = "Triage", InstanceId = "misuse-r1", DefinitionId = MisuseIds.Definition, State = "triage",
        StateLabel = "Triage", Subject = new WorkflowSubject(kind, "r1", "MIS-2026-000001", null, null), CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData("Regulator")]
    [InlineData("SeniorRegulator")]
    [InlineData("Applicant")]
    public void Every_misuse_task_opens_the_reports_page(string role) =>
        Assert.Equal("/misuse/r1", InboxPage.LinkFor(Task(role, MisuseIds.SubjectKind)));

    [Fact]
    public void Case_tasks_still_open_the_case_or_the_application() =>
        Assert.Equal(("/cases/r1", "/applications/r1"), (InboxPage.LinkFor(Task("Regulator", "case")), InboxPage.LinkFor(Task("Applicant", "case"))));
}
