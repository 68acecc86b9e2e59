// Conformance: events, subscribers and manual binding.
codeunit 50140 "RT Publisher"
{
    procedure Execute(var Amount: Decimal): Text
    var
        Handled: Boolean;
        Log: Text;
    begin
        OnBeforeRun(Amount, Handled, Log);
        if Handled then
            exit('handled:' + Log);
        exit('not handled:' + Log);
    end;

    [IntegrationEvent(false, false)]
    local procedure OnBeforeRun(var Amount: Decimal; var Handled: Boolean; var Log: Text)
    begin
    end;
}

codeunit 50141 "RT Static Subscriber"
{
    [EventSubscriber(ObjectType::Codeunit, Codeunit::"RT Publisher", 'OnBeforeRun', '', false, false)]
    local procedure DoubleAmount(var Amount: Decimal; var Log: Text)
    begin
        Amount := Amount * 2;
        Log += 'static;';
    end;

    [EventSubscriber(ObjectType::Table, Database::"RT Country", 'OnAfterInsertEvent', '', false, false)]
    local procedure UppercaseName(var Rec: Record "RT Country"; RunTrigger: Boolean)
    begin
        if Rec.Name = 'make upper' then begin
            Rec.Name := UpperCase(Rec.Name);
            Rec.Modify();
        end;
    end;

    [EventSubscriber(ObjectType::Table, Database::"RT Country", 'OnBeforeValidateEvent', 'Name', false, false)]
    local procedure TrimName(var Rec: Record "RT Country"; var xRec: Record "RT Country"; CurrFieldNo: Integer)
    begin
        Rec.Name := DelChr(Rec.Name, '<>');
    end;
}

codeunit 50142 "RT Manual Subscriber"
{
    EventSubscriberInstance = Manual;

    var
        Calls: Integer;

    [EventSubscriber(ObjectType::Codeunit, Codeunit::"RT Publisher", 'OnBeforeRun', '', false, false)]
    local procedure Handle(var Handled: Boolean; var Log: Text)
    begin
        Calls += 1;
        Handled := true;
        Log += 'manual;';
    end;

    procedure CallCount(): Integer
    begin
        exit(Calls);
    end;
}

codeunit 50143 "RT Events"
{
    Subtype = Test;

    var
        Assert: Codeunit "Library Assert";

    [Test]
    procedure StaticSubscriberRunsAndChangesVarParameter()
    var
        Publisher: Codeunit "RT Publisher";
        Amount: Decimal;
    begin
        // Source: Microsoft Learn, "Subscribing to events" (var parameters of the publisher can be changed by subscribers)
        Amount := 21;
        Assert.AreEqual('not handled:static;', Publisher.Execute(Amount), 'static subscriber only');
        Assert.AreEqual(42, Amount, 'doubled through the var parameter');
    end;

    [Test]
    procedure ManualSubscriberRunsOnlyWhenBound()
    var
        Publisher: Codeunit "RT Publisher";
        Manual: Codeunit "RT Manual Subscriber";
        Amount: Decimal;
    begin
        // Source: Microsoft Learn, "Binding event subscriptions" (Manual subscribers run after BindSubscription)
        Assert.AreEqual('not handled:static;', Publisher.Execute(Amount), 'not bound yet');
        BindSubscription(Manual);
        Assert.AreEqual('handled:static;manual;', Publisher.Execute(Amount), 'bound');
        Assert.AreEqual(1, Manual.CallCount(), 'the bound instance was called');
        UnbindSubscription(Manual);
        Assert.AreEqual('not handled:static;', Publisher.Execute(Amount), 'unbound');
    end;

    [Test]
    procedure BindStaticSubscriberFails()
    var
        Static: Codeunit "RT Static Subscriber";
    begin
        // Source: Microsoft Learn, "Binding event subscriptions" (only EventSubscriberInstance = Manual codeunits can be bound)
        asserterror BindSubscription(Static);
        Assert.ExpectedError('Manual');
    end;

    [Test]
    procedure TableInsertEventFiresWithoutRunTrigger()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "OnAfterInsertEvent (Table) Event" (raised also when RunTrigger is false)
        Country.DeleteAll();
        Country.Code := 'UP';
        Country.Name := 'make upper';
        Country.Insert();
        Country.Get('UP');
        Assert.AreEqual('MAKE UPPER', Country.Name, 'subscriber changed the record');
    end;

    [Test]
    procedure ValidateEventForOneField()
    var
        Country: Record "RT Country";
    begin
        // Source: Microsoft Learn, "OnBeforeValidateEvent (Table) Event" (element name selects the field)
        Country.Validate(Name, '  padded  ');
        Assert.AreEqual('padded', Country.Name, 'trimmed by the subscriber');
        Country.Validate(Code, 'x');
        Assert.AreEqual('X', Country.Code, 'other fields unaffected');
    end;
}
