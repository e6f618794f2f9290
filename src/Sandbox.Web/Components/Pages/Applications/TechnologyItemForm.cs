using Sandbox.Domain.Applications;

namespace Sandbox.Web.Components.Pages.Applications;

public sealed class TechnologyItemForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<Capability> Capabilities { get; } = [];

    public string? ClassificationCode { get; set; }

    public static TechnologyItemForm From(TechnologyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var form = new TechnologyItemForm { Name = item.Name, Description = item.Description, ClassificationCode = item.ClassificationCode };
        form.Capabilities.AddRange(item.Capabilities);
        return form;
    }

    public TechnologyItem ToItem() => new()
    {
        Name = FormText.Blank(Name),
        Description = FormText.Blank(Description),
        Capabilities = [.. Capabilities],
        ClassificationCode = FormText.Blank(ClassificationCode),
    };
}
