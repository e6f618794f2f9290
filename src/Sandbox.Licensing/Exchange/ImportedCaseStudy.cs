namespace Sandbox.Licensing.Exchange;

/// <summary>A misuse case study an ally sent, as stored.</summary>
public sealed record ImportedCaseStudy(ImportedExchangeRecord Stored, CaseStudyRecord CaseStudy);
