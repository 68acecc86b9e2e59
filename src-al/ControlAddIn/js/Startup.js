// Startup script of "BKI Booking Selection Grid": mounts the grid (defined by the bundle in Scripts) into BC's
// host element. The grid raises ControlReady itself once it can take calls.
window.BKIBookingSelectionGrid.start(document.getElementById('controlAddIn'));
