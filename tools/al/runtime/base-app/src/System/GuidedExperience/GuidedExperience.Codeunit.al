// Model of System Application codeunit 1990 "Guided Experience": register, query, complete and run assisted and
// manual setups, learn links, videos and application features, with the real public signatures. Items are rows in
// table 1990 keyed by type + object (or link). OpenAssistedSetup/OpenManualSetupPage raise the register events
// (OnRegisterAssistedSetup, OnRegisterManualSetup, OnRegisterGuidedExperienceItem) as BC's pages do when they open,
// but show no page. Not modelled: translations of titles, spotlight tours, per-extension setup lists.
namespace System.Environment.Configuration;

using System.Media;

codeunit 1990 "Guided Experience"
{
    Access = Public;
    InherentEntitlements = X;
    InherentPermissions = X;

    var
        ObjectTypeNotSupportedErr: Label 'Guided experience items can only run pages, codeunits, reports and XMLports.';

    procedure InsertManualSetup(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; ObjectTypeToRun: ObjectType; ObjectIDToRun: Integer; ManualSetupCategory: Enum "Manual Setup Category"; Keywords: Text[250])
    begin
        InsertManualSetup(Title, ShortTitle, Description, ExpectedDuration, ObjectTypeToRun, ObjectIDToRun, ManualSetupCategory, Keywords, false);
    end;

    procedure InsertManualSetup(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; ObjectTypeToRun: ObjectType; ObjectIDToRun: Integer; ManualSetupCategory: Enum "Manual Setup Category"; Keywords: Text[250]; IsPrimarySetup: Boolean)
    var
        Item: Record "Guided Experience Item";
    begin
        FindOrInitObjectItem(Item, Enum::"Guided Experience Type"::"Manual Setup", ObjectTypeToRun, ObjectIDToRun);
        SetTexts(Item, Title, ShortTitle, Description, ExpectedDuration);
        Item."Manual Setup Category" := ManualSetupCategory;
        Item.Keywords := Keywords;
        SaveItem(Item);
    end;

    procedure InsertAssistedSetup(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; ObjectTypeToRun: ObjectType; ObjectIDToRun: Integer; AssistedSetupGroup: Enum "Assisted Setup Group"; VideoUrl: Text[250]; VideoCategory: Enum "Video Category"; HelpUrl: Text[250])
    begin
        InsertAssistedSetup(Title, ShortTitle, Description, ExpectedDuration, ObjectTypeToRun, ObjectIDToRun, AssistedSetupGroup, VideoUrl, VideoCategory, HelpUrl, false);
    end;

    /// <summary>Registers (or updates) an assisted setup; an existing item keeps its Completed state.</summary>
    procedure InsertAssistedSetup(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; ObjectTypeToRun: ObjectType; ObjectIDToRun: Integer; AssistedSetupGroup: Enum "Assisted Setup Group"; VideoUrl: Text[250]; VideoCategory: Enum "Video Category"; HelpUrl: Text[250]; IsPrimarySetup: Boolean)
    var
        Item: Record "Guided Experience Item";
    begin
        FindOrInitObjectItem(Item, Enum::"Guided Experience Type"::"Assisted Setup", ObjectTypeToRun, ObjectIDToRun);
        SetTexts(Item, Title, ShortTitle, Description, ExpectedDuration);
        Item."Assisted Setup Group" := AssistedSetupGroup;
        Item."Video Url" := VideoUrl;
        Item."Video Category" := VideoCategory;
        Item."Help Url" := HelpUrl;
        SaveItem(Item);
    end;

    procedure InsertLearnLink(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; Link: Text[250])
    var
        Item: Record "Guided Experience Item";
    begin
        FindOrInitLinkItem(Item, Enum::"Guided Experience Type"::Learn, Link);
        SetTexts(Item, Title, ShortTitle, Description, ExpectedDuration);
        SaveItem(Item);
    end;

    procedure InsertApplicationFeature(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; ObjectTypeToRun: ObjectType; ObjectIDToRun: Integer)
    var
        Item: Record "Guided Experience Item";
    begin
        FindOrInitObjectItem(Item, Enum::"Guided Experience Type"::"Application Feature", ObjectTypeToRun, ObjectIDToRun);
        SetTexts(Item, Title, ShortTitle, Description, ExpectedDuration);
        SaveItem(Item);
    end;

    procedure InsertVideo(Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer; VideoURL: Text[250]; VideoCategory: Enum "Video Category")
    var
        Item: Record "Guided Experience Item";
    begin
        FindOrInitLinkItem(Item, Enum::"Guided Experience Type"::Video, VideoURL);
        SetTexts(Item, Title, ShortTitle, Description, ExpectedDuration);
        Item."Video Url" := VideoURL;
        Item."Video Category" := VideoCategory;
        SaveItem(Item);
    end;

    procedure IsAssistedSetupComplete(ObjectType: ObjectType; ObjectID: Integer): Boolean
    var
        Item: Record "Guided Experience Item";
    begin
        if not FindObjectItem(Item, Enum::"Guided Experience Type"::"Assisted Setup", ObjectType, ObjectID) then
            exit(false);
        exit(Item.Completed);
    end;

    procedure Exists(GuidedExperienceType: Enum "Guided Experience Type"; ObjectType: ObjectType; ObjectID: Integer): Boolean
    var
        Item: Record "Guided Experience Item";
    begin
        exit(FindObjectItem(Item, GuidedExperienceType, ObjectType, ObjectID));
    end;

    procedure Exists(GuidedExperienceType: Enum "Guided Experience Type"; Link: Text[250]): Boolean
    var
        Item: Record "Guided Experience Item";
    begin
        exit(Item.Get(LinkItemCode(GuidedExperienceType, Link), 0));
    end;

    procedure AssistedSetupExistsAndIsNotComplete(ObjectType: ObjectType; ObjectID: Integer): Boolean
    var
        Item: Record "Guided Experience Item";
    begin
        if not FindObjectItem(Item, Enum::"Guided Experience Type"::"Assisted Setup", ObjectType, ObjectID) then
            exit(false);
        exit(not Item.Completed);
    end;

    procedure CompleteAssistedSetup(ObjectType: ObjectType; ObjectID: Integer)
    begin
        SetCompleted(ObjectType, ObjectID, true);
    end;

    procedure ResetAssistedSetup(ObjectType: ObjectType; ObjectID: Integer)
    begin
        SetCompleted(ObjectType, ObjectID, false);
    end;

    /// <summary>Runs the page/codeunit/report/XMLport of the item (pages run modally, as the assisted setup list does).</summary>
    procedure Run(GuidedExperienceType: Enum "Guided Experience Type"; ObjectType: ObjectType; ObjectID: Integer)
    var
        Item: Record "Guided Experience Item";
    begin
        if not FindObjectItem(Item, GuidedExperienceType, ObjectType, ObjectID) then
            exit;
        case Item."Object Type to Run" of
            Item."Object Type to Run"::Page:
                Page.RunModal(Item."Object ID to Run");
            Item."Object Type to Run"::Codeunit:
                Codeunit.Run(Item."Object ID to Run");
            Item."Object Type to Run"::Report:
                Report.RunModal(Item."Object ID to Run");
            Item."Object Type to Run"::XmlPort:
                Xmlport.Run(Item."Object ID to Run");
        end;
    end;

    procedure Remove(GuidedExperienceType: Enum "Guided Experience Type"; ObjectType: ObjectType; ObjectID: Integer)
    var
        Item: Record "Guided Experience Item";
    begin
        Item.SetRange(Code, ObjectItemCode(GuidedExperienceType, ObjectType, ObjectID));
        Item.DeleteAll();
    end;

    procedure Remove(GuidedExperienceType: Enum "Guided Experience Type"; Link: Text[250])
    var
        Item: Record "Guided Experience Item";
    begin
        Item.SetRange(Code, LinkItemCode(GuidedExperienceType, Link));
        Item.DeleteAll();
    end;

    /// <summary>Raises the register events (BC then shows the Assisted Setup page, which is not modelled).</summary>
    procedure OpenAssistedSetup()
    begin
        OnRegisterAssistedSetup();
        OnRegisterGuidedExperienceItem();
    end;

    procedure OpenAssistedSetup(AssistedSetupGroup: Enum "Assisted Setup Group")
    begin
        OpenAssistedSetup();
    end;

    /// <summary>Raises the register events (BC then shows the Manual Setup page, which is not modelled).</summary>
    procedure OpenManualSetupPage()
    begin
        OnRegisterManualSetup();
        OnRegisterGuidedExperienceItem();
    end;

    procedure OpenManualSetupPage(ManualSetupCategory: Enum "Manual Setup Category")
    begin
        OpenManualSetupPage();
    end;

    local procedure SetCompleted(ObjectType: ObjectType; ObjectID: Integer; NewCompleted: Boolean)
    var
        Item: Record "Guided Experience Item";
    begin
        if not FindObjectItem(Item, Enum::"Guided Experience Type"::"Assisted Setup", ObjectType, ObjectID) then
            exit;
        Item.Completed := NewCompleted;
        Item.Modify();
    end;

    local procedure FindObjectItem(var Item: Record "Guided Experience Item"; GuidedExperienceType: Enum "Guided Experience Type"; ObjectType: ObjectType; ObjectID: Integer): Boolean
    begin
        exit(Item.Get(ObjectItemCode(GuidedExperienceType, ObjectType, ObjectID), 0));
    end;

    local procedure FindOrInitObjectItem(var Item: Record "Guided Experience Item"; GuidedExperienceType: Enum "Guided Experience Type"; ObjectType: ObjectType; ObjectID: Integer)
    begin
        if FindObjectItem(Item, GuidedExperienceType, ObjectType, ObjectID) then
            exit;
        Item.Init();
        Item.Code := ObjectItemCode(GuidedExperienceType, ObjectType, ObjectID);
        Item.Version := 0;
        Item."Guided Experience Type" := GuidedExperienceType;
        Item."Object Type to Run" := ToItemObjectType(ObjectType);
        Item."Object ID to Run" := ObjectID;
    end;

    local procedure FindOrInitLinkItem(var Item: Record "Guided Experience Item"; GuidedExperienceType: Enum "Guided Experience Type"; Link: Text[250])
    begin
        if Item.Get(LinkItemCode(GuidedExperienceType, Link), 0) then
            exit;
        Item.Init();
        Item.Code := LinkItemCode(GuidedExperienceType, Link);
        Item.Version := 0;
        Item."Guided Experience Type" := GuidedExperienceType;
        Item.Link := Link;
    end;

    local procedure SetTexts(var Item: Record "Guided Experience Item"; Title: Text[2048]; ShortTitle: Text[50]; Description: Text[1024]; ExpectedDuration: Integer)
    begin
        Item.Title := Title;
        Item."Short Title" := ShortTitle;
        Item.Description := Description;
        Item."Expected Duration" := ExpectedDuration;
    end;

    local procedure SaveItem(var Item: Record "Guided Experience Item")
    var
        Existing: Record "Guided Experience Item";
    begin
        if Existing.Get(Item.Code, Item.Version) then
            Item.Modify()
        else
            Item.Insert();
    end;

    local procedure ObjectItemCode(GuidedExperienceType: Enum "Guided Experience Type"; ObjectType: ObjectType; ObjectID: Integer): Code[300]
    begin
        exit(CopyStr(UpperCase(StrSubstNo('%1_%2_%3', GuidedExperienceType.AsInteger(), ToItemObjectType(ObjectType).AsInteger(), ObjectID)), 1, 300));
    end;

    local procedure LinkItemCode(GuidedExperienceType: Enum "Guided Experience Type"; Link: Text[250]): Code[300]
    begin
        exit(CopyStr(UpperCase(StrSubstNo('%1_%2', GuidedExperienceType.AsInteger(), Link)), 1, 300));
    end;

    local procedure ToItemObjectType(ObjectTypeToRun: ObjectType): Enum "Guided Experience Object Type"
    begin
        case ObjectTypeToRun of
            ObjectType::Page:
                exit(Enum::"Guided Experience Object Type"::Page);
            ObjectType::Codeunit:
                exit(Enum::"Guided Experience Object Type"::Codeunit);
            ObjectType::Report:
                exit(Enum::"Guided Experience Object Type"::Report);
            ObjectType::XmlPort:
                exit(Enum::"Guided Experience Object Type"::XmlPort);
        end;
        Error(ObjectTypeNotSupportedErr);
    end;

    [IntegrationEvent(false, false)]
    internal procedure OnRegisterAssistedSetup()
    begin
    end;

    [IntegrationEvent(true, false)]
    internal procedure OnRegisterManualSetup()
    begin
    end;

    [IntegrationEvent(true, false)]
    internal procedure OnRegisterGuidedExperienceItem()
    begin
    end;
}
