// Model of System Application codeunit 9999 "Upgrade Tag": tags per company (CompanyName()) or per database,
// and the events through which apps register the tags that a new company gets (SetAllUpgradeTags).
// Not modelled: backups/restore of tags.
namespace System.Upgrade;

codeunit 9999 "Upgrade Tag"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;
    Permissions = tabledata "Upgrade Tags" = rimd;

    procedure HasUpgradeTag(Tag: Code[250]): Boolean
    begin
        exit(HasUpgradeTag(Tag, CopyStr(CompanyName(), 1, 30)));
    end;

    procedure HasUpgradeTag(Tag: Code[250]; TagCompanyName: Code[30]): Boolean
    var
        UpgradeTags: Record "Upgrade Tags";
    begin
        exit(UpgradeTags.Get(Tag, TagCompanyName));
    end;

    procedure HasDatabaseUpgradeTag(Tag: Code[250]): Boolean
    begin
        exit(HasUpgradeTag(Tag, ''));
    end;

    procedure SetDatabaseUpgradeTag(NewTag: Code[250])
    begin
        InsertTag(NewTag, '', false);
    end;

    /// <summary>Records the tag for the current company; an existing tag is left as it is.</summary>
    procedure SetUpgradeTag(NewTag: Code[250])
    begin
        InsertTag(NewTag, CopyStr(CompanyName(), 1, 30), false);
    end;

    procedure SetSkippedUpgrade(ExistingTag: Code[250]; SkipUpgrade: Boolean)
    begin
        SetSkippedUpgrade(ExistingTag, CopyStr(CompanyName(), 1, 30), SkipUpgrade);
    end;

    procedure SetSkippedUpgrade(ExistingTag: Code[250]; TagCompanyName: Code[30]; SkipUpgrade: Boolean)
    var
        UpgradeTags: Record "Upgrade Tags";
    begin
        UpgradeTags.Get(ExistingTag, TagCompanyName);
        UpgradeTags."Skipped Upgrade" := SkipUpgrade;
        UpgradeTags.Modify();
    end;

    procedure HasUpgradeTagSkipped(ExistingTag: Code[250]; TagCompanyName: Code[30]): Boolean
    var
        UpgradeTags: Record "Upgrade Tags";
    begin
        if not UpgradeTags.Get(ExistingTag, TagCompanyName) then
            exit(false);
        exit(UpgradeTags."Skipped Upgrade");
    end;

    procedure SetAllUpgradeTags()
    begin
        SetAllUpgradeTags(CopyStr(CompanyName(), 1, 30));
    end;

    /// <summary>Inserts every per-company tag that apps register through OnGetPerCompanyUpgradeTags, and the per-database ones.</summary>
    procedure SetAllUpgradeTags(NewCompanyName: Code[30])
    var
        PerCompanyTags: List of [Code[250]];
        PerDatabaseTags: List of [Code[250]];
        Tag: Code[250];
        Skip: Boolean;
    begin
        OnSetAllUpgradeTags(NewCompanyName, Skip);
        if Skip then
            exit;
        OnGetPerCompanyUpgradeTags(PerCompanyTags);
        foreach Tag in PerCompanyTags do
            InsertTag(Tag, NewCompanyName, false);
        OnGetPerDatabaseUpgradeTags(PerDatabaseTags);
        foreach Tag in PerDatabaseTags do
            InsertTag(Tag, '', false);
    end;

    procedure GetPerCompanyUpgradeTags(var PerCompanyUpgradeTags: List of [Code[250]])
    begin
        OnGetPerCompanyUpgradeTags(PerCompanyUpgradeTags);
    end;

    procedure GetPerDatabaseUpgradeTags(var PerDatabaseUpgradeTags: List of [Code[250]])
    begin
        OnGetPerDatabaseUpgradeTags(PerDatabaseUpgradeTags);
    end;

    local procedure InsertTag(NewTag: Code[250]; TagCompanyName: Code[30]; Skipped: Boolean)
    var
        UpgradeTags: Record "Upgrade Tags";
    begin
        if UpgradeTags.Get(NewTag, TagCompanyName) then
            exit;
        UpgradeTags.Init();
        UpgradeTags.Tag := NewTag;
        UpgradeTags.Company := TagCompanyName;
        UpgradeTags."Tag Timestamp" := CurrentDateTime();
        UpgradeTags."Skipped Upgrade" := Skipped;
        UpgradeTags.Insert();
    end;

    [IntegrationEvent(false, false)]
    internal procedure OnGetPerCompanyUpgradeTags(var PerCompanyUpgradeTags: List of [Code[250]])
    begin
    end;

    [IntegrationEvent(false, false)]
    internal procedure OnGetPerDatabaseUpgradeTags(var PerDatabaseUpgradeTags: List of [Code[250]])
    begin
    end;

    [IntegrationEvent(false, false)]
    internal procedure OnSetAllUpgradeTags(NewCompanyName: Text; var SkipSetAllUpgradeTags: Boolean)
    begin
    end;
}
