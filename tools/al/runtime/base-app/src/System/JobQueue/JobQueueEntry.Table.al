// Model of table 472 "Job Queue Entry": the fields and scheduling procedures the extension uses.
// Entries are executed by "Job Queue Dispatcher" (codeunit 448) when the runtime's job-queue command (or a test)
// runs due entries; there is no task scheduler. "Object Caption to Run" is a normal field here (a FlowField over
// AllObjWithCaption in BC) and stays blank unless set. See README.
namespace System.Threading;

table 472 "Job Queue Entry"
{
    Caption = 'Job Queue Entry';
    DataCaptionFields = "Object Type to Run", "Object ID to Run", "Object Caption to Run";
    DataClassification = CustomerContent;
    DrillDownPageId = "Job Queue Entries";
    LookupPageId = "Job Queue Entries";
    Permissions = tabledata "Job Queue Entry" = rimd;

    fields
    {
        field(1; ID; Guid)
        {
            Caption = 'ID';
        }
        field(2; "User ID"; Text[65])
        {
            Caption = 'User ID';
            DataClassification = EndUserIdentifiableInformation;
            Editable = false;
        }
        field(3; XML; Blob)
        {
            Caption = 'XML';
        }
        field(4; "Last Ready State"; DateTime)
        {
            Caption = 'Last Ready State';
            Editable = false;
        }
        field(5; "Expiration Date/Time"; DateTime)
        {
            Caption = 'Expiration Date/Time';
        }
        field(6; "Earliest Start Date/Time"; DateTime)
        {
            Caption = 'Earliest Start Date/Time';
        }
        field(7; "Object Type to Run"; Option)
        {
            Caption = 'Object Type to Run';
            InitValue = "Report";
            OptionCaption = ',,,Report,,Codeunit';
            OptionMembers = ,,,"Report",,"Codeunit";
        }
        field(8; "Object ID to Run"; Integer)
        {
            Caption = 'Object ID to Run';
        }
        field(9; "Object Caption to Run"; Text[250])
        {
            Caption = 'Object Caption to Run';
            Editable = false;
        }
        field(11; "Maximum No. of Attempts to Run"; Integer)
        {
            Caption = 'Maximum No. of Attempts to Run';
        }
        field(12; "No. of Attempts to Run"; Integer)
        {
            Caption = 'No. of Attempts to Run';
            Editable = false;
        }
        field(13; Status; Option)
        {
            Caption = 'Status';
            Editable = false;
            OptionCaption = 'Ready,In Process,Error,On Hold,Finished,On Hold with Inactivity Timeout,Waiting';
            OptionMembers = Ready,"In Process",Error,"On Hold",Finished,"On Hold with Inactivity Timeout",Waiting;
        }
        field(15; "Record ID to Process"; RecordId)
        {
            Caption = 'Record ID to Process';
            DataClassification = CustomerContent;
        }
        field(16; "Parameter String"; Text[250])
        {
            Caption = 'Parameter String';
        }
        field(17; "Recurring Job"; Boolean)
        {
            Caption = 'Recurring Job';
        }
        field(18; "No. of Minutes between Runs"; Integer)
        {
            Caption = 'No. of Minutes between Runs';
        }
        field(19; "Run on Mondays"; Boolean)
        {
            Caption = 'Run on Mondays';
        }
        field(20; "Run on Tuesdays"; Boolean)
        {
            Caption = 'Run on Tuesdays';
        }
        field(21; "Run on Wednesdays"; Boolean)
        {
            Caption = 'Run on Wednesdays';
        }
        field(22; "Run on Thursdays"; Boolean)
        {
            Caption = 'Run on Thursdays';
        }
        field(23; "Run on Fridays"; Boolean)
        {
            Caption = 'Run on Fridays';
        }
        field(24; "Run on Saturdays"; Boolean)
        {
            Caption = 'Run on Saturdays';
        }
        field(25; "Run on Sundays"; Boolean)
        {
            Caption = 'Run on Sundays';
        }
        field(26; "Starting Time"; Time)
        {
            Caption = 'Starting Time';
        }
        field(27; "Ending Time"; Time)
        {
            Caption = 'Ending Time';
        }
        field(28; "Reference Starting Time"; DateTime)
        {
            Caption = 'Reference Starting Time';
            Editable = false;
        }
        field(29; "Next Run Date Formula"; DateFormula)
        {
            Caption = 'Next Run Date Formula';
        }
        field(30; Description; Text[250])
        {
            Caption = 'Description';
        }
        field(31; "Run in User Session"; Boolean)
        {
            Caption = 'Run in User Session';
        }
        field(33; "Job Queue Category Code"; Code[10])
        {
            Caption = 'Job Queue Category Code';
        }
        field(34; "Error Message"; Text[2048])
        {
            Caption = 'Error Message';
        }
        field(47; "Rerun Delay (sec.)"; Integer)
        {
            Caption = 'Rerun Delay (sec.)';
            MaxValue = 3600;
            MinValue = 0;
        }
        field(48; "System Task ID"; Guid)
        {
            Caption = 'System Task ID';
        }
        field(49; Scheduled; Boolean)
        {
            Caption = 'Scheduled';
            Editable = false;
        }
        field(54; "Job Timeout"; Duration)
        {
            Caption = 'Job Timeout';
        }
        field(56; "Entry No."; BigInteger)
        {
            AutoIncrement = true;
            Caption = 'Entry No.';
            DataClassification = SystemMetadata;
        }
    }

    keys
    {
        key(Key1; ID)
        {
            Clustered = true;
        }
        key(Key2; "Job Queue Category Code", "Entry No.")
        {
        }
        key(Key3; "Last Ready State")
        {
        }
        key(Key4; "Recurring Job")
        {
        }
        key(Key5; "Object ID to Run", "Object Type to Run")
        {
        }
        key(Key6; "Entry No.")
        {
        }
    }

    trigger OnInsert()
    begin
        if IsNullGuid(ID) then
            ID := CreateGuid();
        if "User ID" = '' then
            "User ID" := CopyStr(UserId(), 1, MaxStrLen("User ID"));
        SetMinimumNumberOfMinutesBetweenRuns();
    end;

    trigger OnModify()
    begin
        SetMinimumNumberOfMinutesBetweenRuns();
    end;

    trigger OnDelete()
    begin
        if Status = Status::"In Process" then
            Error(CannotDeleteEntryErr, Status);
    end;

    var
        CannotDeleteEntryErr: Label 'You cannot delete an entry that has status %1.', Comment = '%1 is a status value, such as Success or Error.';
        NoErrMsg: Label 'There is no error message.';

    /// <summary>Sets the status; Ready also stamps "Last Ready State".</summary>
    procedure SetStatus(NewStatus: Option)
    begin
        if NewStatus = Status then
            exit;
        Status := NewStatus;
        if Status = Status::Ready then
            "Last Ready State" := CurrentDateTime();
        Modify();
    end;

    /// <summary>Puts the entry back to Ready, clearing the error and the attempt counter.</summary>
    procedure Restart()
    begin
        "Error Message" := '';
        "No. of Attempts to Run" := 0;
        Status := Status::"On Hold";
        SetStatus(Status::Ready);
    end;

    procedure Cancel()
    begin
        if Find() then
            DeleteTask();
    end;

    procedure DeleteTask()
    begin
        Status := Status::Finished;
        Delete(true);
    end;

    procedure DeleteTasks()
    begin
        if FindSet() then
            repeat
                DeleteTask();
            until Next() = 0;
    end;

    procedure SetError(ErrorText: Text)
    begin
        "Error Message" := CopyStr(ErrorText, 1, MaxStrLen("Error Message"));
        SetStatus(Status::Error);
    end;

    procedure ShowErrorMessage()
    begin
        if "Error Message" = '' then
            Message(NoErrMsg)
        else
            Message("Error Message");
    end;

    procedure IsReadyToStart(): Boolean
    begin
        exit(Status in [Status::Ready, Status::"On Hold with Inactivity Timeout", Status::Waiting]);
    end;

    procedure IsExpired(AtDateTime: DateTime): Boolean
    begin
        exit((AtDateTime <> 0DT) and ("Expiration Date/Time" <> 0DT) and ("Expiration Date/Time" < AtDateTime));
    end;

    procedure ScheduleJobQueueEntry(CodeunitID: Integer; RecordIDToProcess: RecordId)
    begin
        ScheduleJobQueueEntryWithParameters(CodeunitID, RecordIDToProcess, '');
    end;

    procedure ScheduleJobQueueEntryWithParameters(CodeunitID: Integer; RecordIDToProcess: RecordId; JobParameter: Text[250])
    begin
        Init();
        "Earliest Start Date/Time" := CreateDateTime(Today(), Time());
        "Object Type to Run" := "Object Type to Run"::Codeunit;
        "Object ID to Run" := CodeunitID;
        "Record ID to Process" := RecordIDToProcess;
        "Run in User Session" := false;
        "Parameter String" := JobParameter;
        EnqueueTask();
    end;

    procedure ScheduleJobQueueEntryForLater(CodeunitID: Integer; StartDateTime: DateTime; JobQueueCategoryCode: Code[10]; JobParameter: Text)
    begin
        Init();
        "Earliest Start Date/Time" := StartDateTime;
        "Object Type to Run" := "Object Type to Run"::Codeunit;
        "Object ID to Run" := CodeunitID;
        "Run in User Session" := false;
        "Job Queue Category Code" := JobQueueCategoryCode;
        "Maximum No. of Attempts to Run" := 3;
        "Rerun Delay (sec.)" := 60;
        "Parameter String" := CopyStr(JobParameter, 1, MaxStrLen("Parameter String"));
        EnqueueTask();
    end;

    /// <summary>Creates a recurring entry for the object unless one exists (same object and record).</summary>
    procedure ScheduleRecurrentJobQueueEntryWithFrequency(ObjType: Option; ObjID: Integer; RecId: RecordId; NoofMinutesbetweenRuns: Integer)
    begin
        ScheduleRecurrentJobQueueEntryWithFrequency(ObjType, ObjID, RecId, NoofMinutesbetweenRuns, 080000T);
    end;

    procedure ScheduleRecurrentJobQueueEntryWithFrequency(ObjType: Option; ObjID: Integer; RecId: RecordId; NoofMinutesbetweenRuns: Integer; StartTime: Time)
    begin
        Reset();
        SetRange("Object Type to Run", ObjType);
        SetRange("Object ID to Run", ObjID);
        if Format(RecId) <> '' then
            SetFilter("Record ID to Process", Format(RecId));
        if FindFirst() then
            exit;
        InitRecurringJob(NoofMinutesbetweenRuns);
        "Object Type to Run" := ObjType;
        "Object ID to Run" := ObjID;
        "Record ID to Process" := RecId;
        "Starting Time" := StartTime;
        "Maximum No. of Attempts to Run" := 3;
        EnqueueTask();
    end;

    procedure InitRecurringJob(NoofMinutesbetweenRuns: Integer)
    begin
        Init();
        Clear(ID);
        "Recurring Job" := true;
        "Run on Mondays" := true;
        "Run on Tuesdays" := true;
        "Run on Wednesdays" := true;
        "Run on Thursdays" := true;
        "Run on Fridays" := true;
        "Run on Saturdays" := true;
        "Run on Sundays" := true;
        "No. of Minutes between Runs" := NoofMinutesbetweenRuns;
        "Earliest Start Date/Time" := CurrentDateTime();
    end;

    procedure FindJobQueueEntry(ObjType: Option; ObjID: Integer): Boolean
    begin
        Reset();
        SetRange("Object Type to Run", ObjType);
        SetRange("Object ID to Run", ObjID);
        exit(FindFirst());
    end;

    procedure GetXmlContent() Params: Text
    var
        InStr: InStream;
    begin
        CalcFields(XML);
        if not XML.HasValue() then
            exit('');
        XML.CreateInStream(InStr, TextEncoding::UTF8);
        InStr.ReadText(Params);
    end;

    procedure SetXmlContent(Params: Text)
    var
        OutStr: OutStream;
    begin
        Clear(XML);
        if Params = '' then
            exit;
        XML.CreateOutStream(OutStr, TextEncoding::UTF8);
        OutStr.WriteText(Params);
    end;

    local procedure EnqueueTask()
    begin
        Codeunit.Run(Codeunit::"Job Queue - Enqueue", Rec);
    end;

    local procedure SetMinimumNumberOfMinutesBetweenRuns()
    begin
        if "Recurring Job" and ("No. of Minutes between Runs" = 0) and (Format("Next Run Date Formula") = '') then
            "No. of Minutes between Runs" := 1440;
    end;
}
