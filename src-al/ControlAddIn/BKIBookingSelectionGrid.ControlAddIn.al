namespace Seed.BookingsInvoicing.ControlAddIn;

/// <summary>
/// The booking selection grid on the "BKI Bookings Not Invoiced" page: a virtualized, sortable, filterable grid with
/// multi-select, grouping by customer and live totals. Built from controladdin/ (npm run build:addin).
/// Call the procedures only after ControlReady; send rows in chunks (LoadBookings, then AppendBookings).
/// Every user-visible text comes from SetCaptions, so AL labels translate it.
/// </summary>
controladdin "BKI Booking Selection Grid"
{
    Scripts = 'src-al/ControlAddIn/Resources/BookingSelectionGrid.js';
    StartupScript = 'src-al/ControlAddIn/js/Startup.js';
    StyleSheets = 'src-al/ControlAddIn/Resources/BookingSelectionGrid.css';

    RequestedHeight = 600;
    MinimumHeight = 300;
    VerticalStretch = true;
    VerticalShrink = true;
    HorizontalStretch = true;
    HorizontalShrink = true;

    /// <summary>Replaces all rows with the JSON array of booking rows in RowsJson.</summary>
    procedure LoadBookings(RowsJson: Text);
    /// <summary>Adds the JSON array of booking rows in RowsJson (one chunk) to the rows already loaded.</summary>
    procedure AppendBookings(RowsJson: Text);
    /// <summary>Removes all rows and the selection.</summary>
    procedure ClearBookings();
    /// <summary>Selects exactly the booking IDs in the JSON array IdsJson; does not raise SelectionChanged.</summary>
    procedure SetSelection(IdsJson: Text);
    /// <summary>Sets the user-visible texts from the JSON object CaptionsJson (keys as in controladdin/src/captions.ts).</summary>
    procedure SetCaptions(CaptionsJson: Text);

    /// <summary>Raised once when the grid can take calls.</summary>
    event ControlReady();
    /// <summary>Raised when the user changes the selection; IdsJson is a JSON array of all selected booking IDs.</summary>
    event SelectionChanged(IdsJson: Text);
    /// <summary>Raised when the user asks to invoice the selected bookings.</summary>
    event CreateInvoicesRequested(IdsJson: Text; GroupPerCustomer: Boolean);
    /// <summary>Raised when the user opens one booking (Enter, double-click or the date link).</summary>
    event OpenBookingRequested(Id: Text);
}
